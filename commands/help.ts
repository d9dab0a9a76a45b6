import { NOTHING_STORED, renderHelp } from "../src/discord/answers/renderHelp.js";
import type { Command } from "../src/discord/interactions/command.js";
import { slashCommand } from "../src/discord/interactions/commandData.js";
import { interfaceLanguage } from "../src/discord/answers/locale.js";
import { replyPrivately } from "../src/discord/reply/respond.js";

export const help = {
  scope: "public",
  data: slashCommand((m) => m.commands.help).toJSON(),
  async execute(interaction, context) {
    await replyPrivately(interaction, renderHelp(interfaceLanguage(interaction.locale), context.analytics ?? NOTHING_STORED));
  },
} satisfies Command;
