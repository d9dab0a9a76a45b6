import { join } from "node:path";
import { createInterface } from "node:readline";
import { createSqliteAnalytics } from "../../src/analytics/sqliteStore.js";
import type { Vote, VoteResult } from "../../src/analytics/types.js";

/**
 * One of several processes using one analytics database at once (the shards of a bot), for
 * tests/analytics/severalWriters.test.ts. Both modes print "ready" and wait for "go <startAt>" on
 * stdin; every call of the store's `onError` is printed as "onError <code> <message>".
 *
 *   analyticsWorker.ts open <baseDir> <worker> <rounds>
 * At `startAt` + 50 ms × r (wall clock, so every worker starts together), opens the store in the
 * empty folder `<baseDir>/<r>`, records one unanswered question and a 👍 of the same person for
 * the same entry, and closes it, `rounds` times: several processes creating one database and its
 * vote key at once. Prints "openError <code> <message>" for each round that throws, then "opened".
 *
 *   analyticsWorker.ts write <dataDir> <worker> <rounds>
 * At `startAt`, opens the store and, `rounds` times, records an unanswered question of its own, a
 * vote of one of its own voters and a vote of a voter every worker shares (random values, so votes
 * change). Prints "churned", waits for "final", has every shared voter vote 👎 once more (the last
 * value is then known whatever the order), closes the store and prints "result <json>".
 */
const [mode, dir, workerArg, roundsArg] = process.argv.slice(2);
if ((mode !== "open" && mode !== "write") || dir === undefined || workerArg === undefined || roundsArg === undefined) {
  throw new Error("usage: analyticsWorker.ts open|write <dir> <worker> <rounds>");
}
const worker = Number(workerArg);
const rounds = Number(roundsArg);

const ENTRIES = ["talks-date", "speaker-quote", "speaker-who"] as const;
const OWN_VOTERS = 7;
const SHARED_VOTERS = 4;

export interface WorkerResult {
  readonly worker: number;
  /** The questions it recorded (each returned a reference). */
  readonly questions: string[];
  /** Writes the store reported as failed: questions without a reference, votes "failed". */
  readonly failed: number;
  /** Its own voters' last vote per `user|entry`. */
  readonly lastOwnVote: Record<string, Vote>;
  /** How many times each `user|entry` got "recorded" (a first vote) from this worker. */
  readonly recorded: Record<string, number>;
  readonly writes: number;
  readonly reads: number;
}

const lines = createInterface({ input: process.stdin });
const waiting = new Map<string, (rest: string) => void>();
lines.on("line", (line) => {
  const [word = "", ...rest] = line.trim().split(" ");
  waiting.get(word)?.(rest.join(" "));
});
const waitFor = (word: string): Promise<string> => new Promise((resolve) => waiting.set(word, resolve));
/** Spinning, not sleeping: a timer would let the workers start a millisecond or two apart. */
const spinUntil = (at: number): void => {
  while (Date.now() < at) {
    // wait
  }
};
const onError = (error: unknown): void => {
  const { code, message } = error as { code?: string; message?: string };
  process.stdout.write(`${mode === "open" ? "openError" : "onError"} ${code ?? ""} ${message ?? String(error)}\n`);
};

process.stdout.write("ready\n");
const startAt = Number(await waitFor("go"));

if (mode === "open") {
  for (let r = 0; r < rounds; r++) {
    spinUntil(startAt + 50 * r);
    try {
      const store = createSqliteAnalytics({ dataDir: join(dir, String(r)), retentionDays: 90, onError });
      store.recordUnanswered({ question: `Worker ${worker} asks in round ${r}?`, status: "no_match", language: "en" });
      store.recordVote("the-same-person", "talks-date", "up");
      store.close();
    } catch (error) {
      onError(error);
    }
  }
  process.stdout.write("opened\n");
  lines.close();
} else {
  spinUntil(startAt);
  const store = createSqliteAnalytics({ dataDir: dir, retentionDays: 90, onError });
  const questions: string[] = [];
  const lastOwnVote: Record<string, Vote> = {};
  const recorded: Record<string, number> = {};
  let failed = 0;
  let writes = 0;
  let reads = 0;
  const vote = (user: string, entry: string, value: Vote): VoteResult => {
    const result = store.recordVote(user, entry, value);
    writes += 1;
    if (result === "failed") failed += 1;
    if (result === "recorded") recorded[`${user}|${entry}`] = (recorded[`${user}|${entry}`] ?? 0) + 1;
    return result;
  };
  const randomVote = (): Vote => (Math.random() < 0.5 ? "up" : "down");

  for (let n = 0; n < rounds; n++) {
    const question = `Worker ${worker} asks question number ${n}?`;
    const ref = store.recordUnanswered({
      question,
      status: n % 2 === 0 ? "no_match" : "ambiguous",
      language: n % 3 === 0 ? "en" : "de",
    });
    writes += 1;
    if (ref === undefined) failed += 1;
    else questions.push(question);

    // 7 voters × 3 entries: every pair comes round again every 21 rounds, with a new random value.
    const own = { user: `worker${worker}-user${n % OWN_VOTERS}`, entry: ENTRIES[n % ENTRIES.length]! };
    const value = randomVote();
    if (vote(own.user, own.entry, value) !== "failed") lastOwnVote[`${own.user}|${own.entry}`] = value;

    // The same 4 × 3 voters and entries in every worker: one person voting through several shards at once.
    vote(`shared-user${n % SHARED_VOTERS}`, ENTRIES[Math.floor(n / SHARED_VOTERS) % ENTRIES.length]!, randomVote());

    if (n % 25 === 0) {
      store.topUnanswered(1, 10);
      store.feedbackByEntry();
      reads += 2;
    }
  }

  process.stdout.write("churned\n");
  await waitFor("final");
  for (let user = 0; user < SHARED_VOTERS; user++) {
    for (const entry of ENTRIES) vote(`shared-user${user}`, entry, "down");
  }
  store.close();
  lines.close();
  const result: WorkerResult = { worker, questions, failed, lastOwnVote, recorded, writes, reads };
  process.stdout.write(`result ${JSON.stringify(result)}\n`);
}
