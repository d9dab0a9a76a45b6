import { Writable } from "node:stream";
import { REST } from "discord.js";
import { pino, type Logger } from "pino";
import { COMMANDS } from "../../commands/index.js";
import { deployCommands } from "../../src/discord/process/deploy.js";
import { planDeployment } from "../../src/discord/process/deploy.js";
import type { FakeDiscord } from "./fakeDiscord.js";
import { testClientOptions } from "./testClient.js";

/** One parsed pino line as the bot wrote it. */
export interface LogLine {
  level: number;
  msg: string;
  [key: string]: unknown;
}

/** Registers the commands as deploy-commands would, so the fake types each option from the real definitions. */
export async function registerCommands(
  fake: FakeDiscord,
  token: string,
  moderationGuildIds: readonly string[] = [],
): Promise<void> {
  const rest = new REST({ api: fake.apiUrl }).setToken(token);
  await deployCommands(rest, fake.applicationId, planDeployment(COMMANDS, { moderationGuildIds: [...moderationGuildIds] }));
}

/** A debug logger whose lines the test can read back. */
export function capturedLogger(): { readonly logger: Logger; readonly logs: LogLine[] } {
  const logs: LogLine[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      logs.push(JSON.parse(chunk.toString()) as LogLine);
      done();
    },
  });
  return { logger: pino({ level: "debug" }, sink), logs };
}

/** The client options that keep discord.js from waiting on rate limits and identify throttles in tests. */
export function fastClientOptions(fake: FakeDiscord) {
  const fast = testClientOptions(fake);
  return { ...(fast.rest !== undefined ? { rest: fast.rest } : {}), ...(fast.ws !== undefined ? { ws: fast.ws } : {}) };
}
