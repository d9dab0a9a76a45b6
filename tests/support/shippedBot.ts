import { COMMANDS } from "../../commands/index.js";
import { startBot as startDiscordBot, type Bot, type BotOptions } from "../../src/discord/process/startBot.js";

/**
 * The bot as `src/main.ts` runs it: `startBot` with every command of commands/index.ts. The
 * Discord layer takes its commands as a parameter (it must not import commands/, which imports it);
 * the end-to-end tests start the shipped bot, so they get the shipped list.
 */
export function startBot(options: Omit<BotOptions, "commands">): Promise<Bot> {
  return startDiscordBot({ ...options, commands: COMMANDS });
}

export type { Bot };
