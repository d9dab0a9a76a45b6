// The floor for the e2e section: the same discord.js client as the bot, replying a fixed text
// to every slash command. What the real bot takes beyond this is what answering costs.
import { Events, MessageFlags } from "discord.js";
import { loadConfig } from "../../src/runtime/config.js";
import { createBotClient } from "../../src/discord/process/client.js";

const config = loadConfig();
const client = createBotClient(config.DISCORD_API_URL);
client.on(Events.InteractionCreate, (interaction) => {
  if (interaction.isChatInputCommand()) void interaction.reply({ content: "ok", flags: MessageFlags.Ephemeral }).catch(() => {});
});
client.once(Events.ClientReady, () => process.stderr.write("floor bot connected to Discord\n"));
process.on("SIGTERM", () => {
  void client.destroy().then(() => process.exit(0));
});
await client.login(config.DISCORD_TOKEN);
