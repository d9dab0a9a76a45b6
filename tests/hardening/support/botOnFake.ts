import { Writable } from "node:stream";
import { REST } from "discord.js";
import { pino } from "pino";
import { COMMANDS } from "../../../commands/index.js";
import type { Answerer } from "../../../src/answering/answerer.js";
import type { Config } from "../../../src/config.js";
import { deployCommands } from "../../../src/discord/deployCommands.js";
import { planDeployment } from "../../../src/discord/deployPlan.js";
import { startBot, type Bot } from "../../../src/discord/startBot.js";
import { TOKEN, fixtureAnswerer, type LogLine } from "../../discord/botHarness.js";
import { startFakeDiscord, type FakeDiscord } from "../../support/fakeDiscord.js";
import { testClientOptions } from "../../support/testClient.js";

export interface BotOnFake {
  fake: FakeDiscord;
  bot: Bot;
  logs: LogLine[];
  /** What the bot answers from from now on: the swap a knowledge reload makes. */
  setAnswerer(next: Answerer): void;
  close(): Promise<void>;
}

export type BotConfig = Partial<Pick<Config, "COOLDOWN_QUESTIONS" | "COOLDOWN_SECONDS" | "GLOBAL_QUESTIONS_PER_SECOND">>;

/**
 * Like tests/discord/botHarness.ts, but the bot reads its answerer through a function the test can
 * point elsewhere, and the rate limits are the test's to set (default: out of the way).
 */
export async function startBotOnFake(config: BotConfig = {}, answerer?: Answerer): Promise<BotOnFake> {
  const fake = await startFakeDiscord({ token: TOKEN });
  const rest = new REST({ api: fake.apiUrl }).setToken(TOKEN);
  await deployCommands(rest, fake.applicationId, planDeployment(COMMANDS, { moderationGuildIds: [] }));
  let current = answerer ?? (await fixtureAnswerer());
  const logs: LogLine[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      logs.push(JSON.parse(chunk.toString()) as LogLine);
      done();
    },
  });
  const fast = testClientOptions(fake);
  const bot = await startBot({
    token: TOKEN,
    config: {
      DISCORD_API_URL: fake.apiUrl,
      COOLDOWN_QUESTIONS: config.COOLDOWN_QUESTIONS ?? 1000,
      COOLDOWN_SECONDS: config.COOLDOWN_SECONDS ?? 10,
      ...(config.GLOBAL_QUESTIONS_PER_SECOND !== undefined
        ? { GLOBAL_QUESTIONS_PER_SECOND: config.GLOBAL_QUESTIONS_PER_SECOND }
        : {}),
    },
    logger: pino({ level: "debug" }, sink),
    answerer: () => current,
    clientOptions: { ...(fast.rest !== undefined ? { rest: fast.rest } : {}), ...(fast.ws !== undefined ? { ws: fast.ws } : {}) },
  });
  return {
    fake,
    bot,
    logs,
    setAnswerer: (next) => {
      current = next;
    },
    close: async () => {
      await bot.stop();
      await fake.close();
    },
  };
}
