import { capturedLogger, fastClientOptions, registerCommands, type LogLine } from "../support/botKit.js";
import { createAnswerer, type Answerer } from "../../src/answering/answerer.js";
import { startBot, type Bot } from "../support/shippedBot.js";
import { loadKnowledge } from "../../src/knowledge/load.js";
import { startFakeDiscord, type FakeDiscord, type RecordedRequest } from "../support/fakeDiscord.js";
import { fixtureKnowledge } from "../support/knowledgeFixture.js";

export const TOKEN = `${Buffer.from("123456789012345678").toString("base64")}.fake.${"t".repeat(38)}`;

/** A third fixture entry, so that "spokesperson" fits two entries equally well (an ambiguous question). */
export const SPEAKER_WHO = `  - id: speaker-who
    topic: schedule
    questions:
      de: [Wer ist der Sprecher?]
      en: [Who is the spokesperson?]
    answer:
      de: Das sagt der Artikel nicht.
      en: The article does not say.
    citations:
      - paragraph: 3
        quote: sagte der Sprecher
`;

export type { LogLine } from "../support/botKit.js";

export interface Harness {
  fake: FakeDiscord;
  bot: Bot;
  answerer: Answerer;
  logs: LogLine[];
  close(): Promise<void>;
}

export interface HarnessOptions {
  /** Wraps the fixture answerer, e.g. to make it fail. */
  answerer?: (real: Answerer) => Answerer;
  cooldown?: { questions: number; seconds: number };
}

export async function fixtureAnswerer(): Promise<Answerer> {
  const loaded = await loadKnowledge(await fixtureKnowledge((text) => text + SPEAKER_WHO));
  if (!loaded.ok) throw new Error(`fixture knowledge does not load: ${JSON.stringify(loaded.problems)}`);
  return createAnswerer(loaded.knowledge);
}

/**
 * The real bot (startBot, the production intents and handlers) against a fresh fake Discord, with
 * the fixture knowledge, the commands registered as deploy-commands would, and its log captured.
 */
export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  const fake = await startFakeDiscord({ token: TOKEN });
  // Registered first, so the fake types each option as Discord would from the real definitions.
  await registerCommands(fake, TOKEN);
  const real = await fixtureAnswerer();
  const answerer = options.answerer?.(real) ?? real;
  const { logger, logs } = capturedLogger();
  const bot = await startBot({
    token: TOKEN,
    config: {
      DISCORD_API_URL: fake.apiUrl,
      COOLDOWN_QUESTIONS: options.cooldown?.questions ?? 1000,
      COOLDOWN_SECONDS: options.cooldown?.seconds ?? 10,
    },
    logger,
    answerer: () => answerer,
    clientOptions: fastClientOptions(fake),
  });
  return {
    fake,
    bot,
    answerer,
    logs,
    close: async () => {
      await bot.stop();
      await fake.close();
    },
  };
}

/** The message data a request sends: an interaction callback's `data`, or a webhook/channel message body. */
export function messageData(request: RecordedRequest): Record<string, unknown> {
  const body = request.body as Record<string, unknown>;
  return request.path.endsWith("/callback") ? ((body["data"] ?? {}) as Record<string, unknown>) : body;
}

/** Every request of the run that sent a message (replies, follow-ups, edits, channel messages). */
export function messageRequests(fake: FakeDiscord): RecordedRequest[] {
  return fake
    .requests()
    .filter((r) => r.method === "POST" || r.method === "PATCH")
    .filter((r) => r.path.startsWith("/webhooks/") || r.path.startsWith("/channels/") || r.path.endsWith("/callback"))
    .filter((r) => !(r.path.endsWith("/callback") && [6, 8].includes((r.body as { type: number }).type)));
}
