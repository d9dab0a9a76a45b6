import { DiscordAPIError, REST, Routes, type APIApplication } from "discord.js";
import { COMMANDS } from "../../commands/index.js";
import { deployCommands, planDeployment } from "../discord/process/deploy.js";
import { configOrExit } from "../runtime/configOrExit.js";
import { endQuietlyOnClosedPipe } from "./closedPipe.js";
import { parseCommandLine } from "./commandLine.js";

const USAGE = `Usage: npm run deploy-commands

Registers the slash commands with Discord (DISCORD_TOKEN): globally, or only in DISCORD_GUILD_ID
when it is set; /kb only in MODERATION_GUILD_IDS. Run it once after a change to the commands, not
on every start.

  -h, --help   this text`;

/**
 * `npm run deploy-commands`: registers the slash commands, separately from starting the bot
 * (registering on every start would run into Discord's daily limit on command creation).
 */
endQuietlyOnClosedPipe();
parseCommandLine({ usage: USAGE, options: {}, allowPositionals: false });
const config = configOrExit();
const token = config.DISCORD_TOKEN;
if (token === undefined) {
  process.stderr.write(
    "DISCORD_TOKEN is not set: put the bot token in .env (see docs/discord-setup.md) to register the commands.\n",
  );
  process.exit(1);
}

const rest = new REST({ api: config.DISCORD_API_URL }).setToken(token);
// The moderators' /kb goes to the moderation servers only, never globally: the knowledge it changes
// is shared by every server.
const plan = planDeployment(COMMANDS, { devGuildId: config.DISCORD_GUILD_ID, moderationGuildIds: config.MODERATION_GUILD_IDS });
try {
  const application = (await rest.get(Routes.currentApplication())) as APIApplication;
  for (const line of await deployCommands(rest, application.id, plan)) process.stdout.write(`${line}\n`);
  for (const warning of plan.warnings) process.stderr.write(`Warning: ${warning}\n`);
  if (config.DISCORD_GUILD_ID !== undefined) {
    process.stdout.write(
      "Commands registered in a server do not appear in DMs with the bot; unset DISCORD_GUILD_ID to register them globally.\n",
    );
  }
} catch (error) {
  if (error instanceof DiscordAPIError && error.status === 401) {
    process.stderr.write(
      "Discord rejected the bot token (DISCORD_TOKEN). Copy a fresh one from the Developer Portal (Bot → Reset Token) into .env.\n",
    );
  } else {
    process.stderr.write(`Registering the commands failed: ${(error as Error).message}\n`);
  }
  process.exit(1);
}
