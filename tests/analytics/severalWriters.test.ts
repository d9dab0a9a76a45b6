import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import BetterSqlite3 from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import { MIGRATIONS } from "../../src/analytics/migrations.js";
import { DATABASE_FILE } from "../../src/analytics/sqliteStore.js";
import { loadVoterSecret, voterKey } from "../../src/analytics/voterKey.js";
import type { WorkerResult } from "../support/analyticsWorker.js";
import { spawnWorker, type Worker } from "../support/spawnWorker.js";

/** Four bot shards (or three and the CLI) on one DATA_DIR. */
const WORKERS = 4;
/** Write test, each round: one unanswered question, one vote of the worker's own voters, one of a shared voter. */
const ROUNDS = 300;
/** Open test: new databases created by all workers at once. */
const OPEN_ROUNDS = 20;
const ENTRIES = ["talks-date", "speaker-quote", "speaker-who"];
const OWN_VOTERS = 7;
const SHARED_VOTERS = 4;

let workers: Worker[] = [];
afterEach(() => {
  for (const worker of workers) if (worker.child.exitCode === null) worker.child.kill("SIGKILL");
  workers = [];
});

/** Starts the workers and, once all have loaded, tells them to begin together a moment later. */
async function startWorkers(mode: "open" | "write", dir: string, rounds: number): Promise<void> {
  workers = Array.from({ length: WORKERS }, (_, worker) =>
    spawnWorker("tests/support/analyticsWorker.ts", [mode, dir, String(worker), String(rounds)]),
  );
  await all(/^ready$/m, 10_000);
  tell(`go ${Date.now() + 100}`);
}

const tell = (line: string): void => workers.forEach((worker) => worker.child.stdin.write(`${line}\n`));

/** Every worker printed `pattern`; fails at once if one ends first (a crash), with what it printed. */
const all = async (pattern: RegExp, timeoutMs: number): Promise<void> => {
  await Promise.all(
    workers.map((worker) =>
      Promise.race([
        worker.waitFor(pattern, timeoutMs),
        worker.exited.then((code) => {
          if (!pattern.test(worker.output())) throw new Error(`a worker ended (${code}) before ${pattern}:\n${worker.output()}`);
        }),
      ]),
    ),
  );
};

/** The lines of the workers' output that report an error (the store's `onError`, a throw). */
const errorLines = (): string[] => workers.flatMap((worker) => worker.output().match(/^(onError|openError).*$/gm) ?? []);

describe("the analytics store with several processes", () => {
  it(`GIVEN ${WORKERS} processes creating a new database in one folder at the same moment, ${OPEN_ROUNDS} times THEN each opens it, agrees on the vote key, and nothing is refused`, async () => {
    const baseDir = await mkdtemp(join(tmpdir(), "talks-qa-openers-"));
    await startWorkers("open", baseDir, OPEN_ROUNDS);
    await all(/^opened$/m, 10_000);
    expect(await Promise.all(workers.map((worker) => worker.exited))).toEqual(workers.map(() => 0));
    // Found here: switching the new file to WAL (SQLite does not wait for that) and a vote key read
    // before its creator had written it both failed start-up.
    expect(errorLines()).toEqual([]);

    for (let round = 0; round < OPEN_ROUNDS; round++) {
      const dataDir = join(baseDir, String(round));
      const db = new BetterSqlite3(join(dataDir, DATABASE_FILE), { readonly: true });
      try {
        expect(db.pragma("integrity_check", { simple: true })).toBe("ok");
        expect(db.pragma("journal_mode", { simple: true })).toBe("wal");
        expect(db.pragma("user_version", { simple: true })).toBe(MIGRATIONS.length);
        expect(db.prepare("SELECT COUNT(*) FROM unanswered").pluck().get()).toBe(WORKERS);
        // One person's vote from every process is one row: they all hashed with the same key.
        const key = voterKey(loadVoterSecret(dataDir), "the-same-person", "talks-date");
        expect(db.prepare("SELECT voter_key, entry_id, vote FROM votes").all()).toEqual([
          { voter_key: key, entry_id: "talks-date", vote: 1 },
        ]);
      } finally {
        db.close();
      }
    }
  });

  it(`GIVEN ${WORKERS} processes writing questions and changing votes in one database at once THEN nothing is lost, doubled or refused, and the file is sound`, async () => {
    const dataDir = join(await mkdtemp(join(tmpdir(), "talks-qa-writers-")), "data");
    const started = Date.now();
    // All at once, into a folder with no database and no vote key yet.
    await startWorkers("write", dataDir, ROUNDS);
    await all(/^churned$/m, 15_000);
    tell("final");
    await all(/^result /m, 5000);
    const elapsed = Date.now() - started;
    expect(await Promise.all(workers.map((worker) => worker.exited))).toEqual(workers.map(() => 0));

    // No SQLITE_BUSY (nor anything else) reached the store's error callback, no write was dropped.
    // Found here: a vote (read, then write) in a deferred transaction got SQLITE_BUSY at once.
    expect(errorLines()).toEqual([]);
    const results = workers.map((worker) => JSON.parse(/^result (.*)$/m.exec(worker.output())![1]!) as WorkerResult);
    expect(results.map((result) => result.failed)).toEqual(results.map(() => 0));

    const db = new BetterSqlite3(join(dataDir, DATABASE_FILE), { readonly: true });
    try {
      expect(db.pragma("integrity_check", { simple: true })).toBe("ok");

      // Every unanswered question is there exactly once.
      const asked = results.flatMap((result) => result.questions);
      expect(asked).toHaveLength(WORKERS * ROUNDS);
      const stored = db
        .prepare<[], { question: string; times: number }>("SELECT question, COUNT(*) AS times FROM unanswered GROUP BY question")
        .all();
      expect(stored.filter((row) => row.times !== 1)).toEqual([]);
      expect(stored.map((row) => row.question).sort()).toEqual([...asked].sort());

      // Each (voter, entry) has exactly one vote, with the value it was last given.
      const secret = loadVoterSecret(dataDir);
      const expected = new Map<string, { entry: string; vote: number }>();
      for (const result of results) {
        expect(Object.keys(result.lastOwnVote)).toHaveLength(OWN_VOTERS * ENTRIES.length);
        for (const [pair, value] of Object.entries(result.lastOwnVote)) {
          const [user, entry] = pair.split("|") as [string, string];
          expected.set(voterKey(secret, user, entry), { entry, vote: value === "up" ? 1 : -1 });
        }
      }
      for (let user = 0; user < SHARED_VOTERS; user++) {
        for (const entry of ENTRIES) expected.set(voterKey(secret, `shared-user${user}`, entry), { entry, vote: -1 });
      }
      expect(expected.size).toBe(WORKERS * OWN_VOTERS * ENTRIES.length + SHARED_VOTERS * ENTRIES.length);
      const votes = db.prepare<[], { voter_key: string; entry_id: string; vote: number }>("SELECT * FROM votes").all();
      expect(votes).toHaveLength(expected.size);
      for (const row of votes) {
        expect({ key: row.voter_key, entry: row.entry_id, vote: row.vote }).toEqual({
          key: row.voter_key,
          ...expected.get(row.voter_key),
        });
      }

      // A first vote is reported "recorded" exactly once per person and entry, even when the same
      // person votes through four processes at once: the read and the write are one transaction.
      const recorded = new Map<string, number>();
      for (const result of results) {
        for (const [pair, times] of Object.entries(result.recorded)) recorded.set(pair, (recorded.get(pair) ?? 0) + times);
      }
      expect(recorded.size).toBe(expected.size);
      expect([...recorded].filter(([, times]) => times !== 1)).toEqual([]);
    } finally {
      db.close();
    }

    const writes = results.reduce((sum, result) => sum + result.writes, 0);
    expect(writes).toBe(WORKERS * (3 * ROUNDS + SHARED_VOTERS * ENTRIES.length));
    console.info(`${WORKERS} processes, ${writes} writes, ${elapsed} ms (with start-up)`);
  });
});
