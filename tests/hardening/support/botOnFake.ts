import { capturedLogger, fastClientOptions, registerCommands } from "../../support/botKit.js";
import type { Answerer } from "../../../src/answering/answerer.js";
import type { Config } from "../../../src/runtime/config.js";
import { startBot, type Bot } from "../../support/shippedBot.js";
import { TOKEN, fixtureAnswerer, type LogLine } from "../../discord/botHarness.js";
import { startFakeDiscord, type FakeDiscord } from "../../support/fakeDiscord.js";

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
  await registerCommands(fake, TOKEN);
  let current = answerer ?? (await fixtureAnswerer());
  const { logger, logs } = capturedLogger();
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
    logger,
    answerer: () => current,
    clientOptions: fastClientOptions(fake),
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
