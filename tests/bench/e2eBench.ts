import { join } from "node:path";
import { buildToTempDir } from "../support/build.js";
import { startFakeDiscord, type FakeDiscord, type FakeUser } from "../support/fakeDiscord.js";
import { startBotProcess } from "./botProcess.js";
import { productionNodeFlags } from "./productionFlags.js";
import { RSS_QUESTIONS, type E2eFigures, type RssFigures } from "./e2eFigures.js";
import { typoVariants } from "./matchBench.js";
import type { BenchQuestion } from "./questions.js";
import { summarize } from "./stats.js";

const TOKEN = `${Buffer.from("123456789012345678").toString("base64")}.bench.${"t".repeat(38)}`;
const WARMUP_ASKS = 100;
const MEASURED_ASKS = 400;
const RSS_SAMPLES = 4;
const TSX = import.meta.resolve("tsx");
/**
 * One asker per question the bot gets, as in a public server where most people ask once: what
 * discord.js would keep of each (user, member) shows in the RSS. Nobody comes near the cooldown.
 */
const USERS = RSS_QUESTIONS + WARMUP_ASKS + MEASURED_ASKS;
/** Questions in flight at once while the RSS questions go through. */
const CONCURRENCY = 16;
const REPLY_TIMEOUT_MS = 10_000;

interface Ask {
  readonly question: string;
  readonly locale: string;
}

export interface E2eResult {
  readonly e2e: E2eFigures;
  readonly rss: RssFigures;
}

/**
 * The production bot (`npm run build`, then `node …/src/main.js` as `npm run start:prod` runs it,
 * real knowledge) and the floor bot, each as its own process against the fake Discord in this one:
 * /ask dispatched as INTERACTION_CREATE, timed until the interaction's callback arrives. The bot's
 * RSS is read after start and along RSS_QUESTIONS questions, before the timed asks. Cooldowns and
 * the global cap come from the environment, set high, and the questions come from many users, so
 * the figures are the bot's, not its throttles'.
 */
export async function e2eBench(
  questions: readonly BenchQuestion[],
  knowledgeFile: string,
  seed: number,
  /** `node` options for the bot beyond start:prod's own, e.g. V8 heap flags to try. */
  nodeFlags: readonly string[] = [],
): Promise<E2eResult> {
  const build = await buildToTempDir();
  const fake = await startFakeDiscord({ token: TOKEN });
  try {
    const users = Array.from({ length: USERS }, (_, k) => fake.makeUser({ username: `asker${k}` }));
    const asks = askList(questions, seed);
    const env = {
      DISCORD_TOKEN: TOKEN,
      DISCORD_API_URL: fake.apiUrl,
      KNOWLEDGE_FILE: knowledgeFile,
      COOLDOWN_QUESTIONS: "1000",
      COOLDOWN_SECONDS: "1",
      GLOBAL_QUESTIONS_PER_SECOND: "10000",
      SHARDS: "off",
      LOG_LEVEL: "info",
    };
    const asker = createAsker(fake, users, asks);

    const bot = await startBotProcess(
      [...productionNodeFlags(), ...nodeFlags, join(build.dir, "src/main.js")],
      env,
      "connected to Discord",
    );
    const afterStartMb = bot.rssMb();
    // Sampled along the way: a leak grows with every question, a heap settling in levels off.
    const samplesMb: number[] = [];
    for (let done = 0; done < RSS_QUESTIONS; done += RSS_QUESTIONS / RSS_SAMPLES) {
      await asker.flood(RSS_QUESTIONS / RSS_SAMPLES, CONCURRENCY);
      samplesMb.push(bot.rssMb());
    }
    const afterQuestionsMb = samplesMb.at(-1) ?? Number.NaN;
    const peakMb = bot.peakRssMb();
    const botMs = await timeAsks(asker);
    const botAnswers = asker.takeEmbedded();
    await bot.stop();

    // The floor bot runs from its TypeScript source: tsx costs start-up time and memory, not latency.
    const floor = await startBotProcess(["--import", TSX, "tests/bench/floorBot.ts"], env, "floor bot connected to Discord");
    const floorMs = await timeAsks(asker);
    await floor.stop();

    return {
      e2e: {
        asks: MEASURED_ASKS,
        botAnswered: botAnswers / (WARMUP_ASKS + MEASURED_ASKS + RSS_QUESTIONS),
        botMs,
        floorMs,
        overheadMs: { p50: botMs.p50 - floorMs.p50, p99: botMs.p99 - floorMs.p99 },
      },
      rss: {
        afterStartMb,
        afterQuestionsMb,
        peakMb,
        questions: RSS_QUESTIONS,
        growthMb: afterQuestionsMb - afterStartMb,
        samplesMb,
      },
    };
  } finally {
    await fake.close();
    await build.remove();
  }
}

/** Warm-up asks first: the JIT of both processes, and discord.js's caches, settle. */
async function timeAsks(asker: ReturnType<typeof createAsker>) {
  for (let k = 0; k < WARMUP_ASKS; k++) await asker.ask();
  const durations: number[] = [];
  for (let k = 0; k < MEASURED_ASKS; k++) durations.push(await asker.ask());
  return summarize(durations);
}

/** Sends /ask as the next user with the next question; resolves with the milliseconds to the reply. */
function createAsker(fake: FakeDiscord, users: readonly FakeUser[], asks: readonly Ask[]) {
  let next = 0;
  const ask = async (): Promise<number> => {
    const { question, locale } = asks[next % asks.length]!;
    const user = users[next % users.length]!;
    next++;
    const started = performance.now();
    const command = fake.slashCommand({ name: "ask", options: [{ name: "question", type: 3, value: question }], user, locale });
    const callback = await command.waitForCallback({ timeoutMs: REPLY_TIMEOUT_MS });
    const elapsed = performance.now() - started;
    // An answer is an embed; a cooldown notice or an error would be plain text.
    const data = (callback.body as { data?: { embeds?: unknown[] } }).data;
    if ((data?.embeds?.length ?? 0) > 0) embedded++;
    return elapsed;
  };
  let embedded = 0;
  return {
    ask,
    /** Replies that carried an embed since the last call. */
    takeEmbedded: (): number => {
      const count = embedded;
      embedded = 0;
      return count;
    },
    /** `count` asks, `concurrency` at a time. */
    flood: async (count: number, concurrency: number): Promise<void> => {
      let left = count;
      const worker = async (): Promise<void> => {
        while (left > 0) {
          left--;
          await ask();
        }
      };
      await Promise.all(Array.from({ length: concurrency }, worker));
    },
  };
}

/** The questions as written and misspelt, each in its asker's locale. */
function askList(questions: readonly BenchQuestion[], seed: number): Ask[] {
  const locale = (question: BenchQuestion): string => (question.lang === "de" ? "de" : "en-US");
  const written = questions.map((q) => ({ question: q.q, locale: locale(q) }));
  const misspelt = questions.flatMap((q) => typoVariants([q.q], seed, 3).map((question) => ({ question, locale: locale(q) })));
  return [...written, ...misspelt];
}
