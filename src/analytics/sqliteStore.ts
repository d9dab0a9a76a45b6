import { join } from "node:path";
import { MAX_QUESTION_LENGTH } from "../answering/answerer.js";
import type { Language } from "../knowledge/types.js";
import { openDatabase } from "./database.js";
import { groupQuestions, type AskedQuestion } from "./groupQuestions.js";
import type { AnalyticsStore, EntryFeedback } from "./types.js";
import { loadVoterSecret, voterKey } from "./voterKey.js";

export interface SqliteAnalyticsOptions {
  readonly dataDir: string;
  readonly retentionDays: number;
  readonly now?: (() => Date) | undefined;
  /** Told about a write the database refused (busy, disk full); the caller logs it. */
  readonly onError?: ((error: unknown) => void) | undefined;
}

export const DATABASE_FILE = "analytics.sqlite";
const DAY_MS = 24 * 60 * 60 * 1000;
/** More than any moderator reads; keeps grouping quick even after a flood of odd questions. */
const MAX_GROUPED_ROWS = 10_000;

/** The SQLite analytics store in `<dataDir>/analytics.sqlite`: migrated and purged on open, purged daily after. */
export function createSqliteAnalytics(options: SqliteAnalyticsOptions): AnalyticsStore {
  const db = openDatabase(join(options.dataDir, DATABASE_FILE));
  const secret = loadVoterSecret(options.dataDir);
  const now = (): number => (options.now?.() ?? new Date()).getTime();
  // Recording must never cost anyone an answer: a refused write is reported and dropped.
  const guard = <T>(fallback: T, work: () => T): T => {
    try {
      return work();
    } catch (error) {
      options.onError?.(error);
      return fallback;
    }
  };

  const insertQuestion = db.prepare("INSERT INTO unanswered (question, language, status, asked_at) VALUES (?, ?, ?, ?)");
  const resolve = db.prepare(
    "UPDATE unanswered SET resolved_entry = ?, resolved_at = ? WHERE id = ? AND status = 'ambiguous' AND resolved_at IS NULL",
  );
  const previousVote = db.prepare<[string], { vote: number }>("SELECT vote FROM votes WHERE voter_key = ?");
  const upsertVote = db.prepare(
    `INSERT INTO votes (voter_key, entry_id, vote, voted_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (voter_key) DO UPDATE SET vote = excluded.vote, voted_at = excluded.voted_at`,
  );
  const recent = db.prepare<[number, number], { question: string; language: Language; asked_at: number }>(
    "SELECT question, language, asked_at FROM unanswered WHERE asked_at >= ? AND resolved_at IS NULL ORDER BY asked_at DESC LIMIT ?",
  );
  const feedback = db.prepare<[], EntryFeedback>(
    `SELECT entry_id AS entryId, SUM(vote = 1) AS up, SUM(vote = -1) AS down FROM votes
     GROUP BY entry_id ORDER BY down DESC, up ASC, entry_id ASC`,
  );
  const purgeQuestions = db.prepare("DELETE FROM unanswered WHERE asked_at < ?");
  const purgeVotes = db.prepare("DELETE FROM votes WHERE voted_at < ?");
  const vote = db.transaction((key: string, entryId: string, value: 1 | -1, at: number) => {
    const before = previousVote.get(key);
    upsertVote.run(key, entryId, value, at);
    return before === undefined ? "recorded" : before.vote === value ? "unchanged" : "changed";
  });

  // Votes, too, count only for the retention period, like the questions.
  const purge = (): number => {
    const cutoff = now() - options.retentionDays * DAY_MS;
    return db.transaction(() => purgeQuestions.run(cutoff).changes + purgeVotes.run(cutoff).changes)();
  };
  purge();
  const daily = setInterval(() => guard(0, purge), DAY_MS);
  daily.unref();

  return {
    enabled: true,
    retentionDays: options.retentionDays,
    recordUnanswered: ({ question, status, language }) => {
      const text = question.trim().slice(0, MAX_QUESTION_LENGTH);
      if (text.length === 0) return undefined;
      return guard(undefined, () => String(insertQuestion.run(text, language, status, now()).lastInsertRowid));
    },
    resolveAmbiguous: (ref, entryId) => {
      if (!/^\d+$/.test(ref)) return false;
      return guard(false, () => resolve.run(entryId, now(), Number(ref)).changes > 0);
    },
    // IMMEDIATE: a transaction that reads first and writes after cannot wait for another process's
    // write (SQLite answers SQLITE_BUSY at once); taking the write lock first lets it wait its turn.
    recordVote: (userId, entryId, value) =>
      guard("failed", () => vote.immediate(voterKey(secret, userId, entryId), entryId, value === "up" ? 1 : -1, now())),
    topUnanswered: (days, limit) => {
      const rows = recent.all(now() - days * DAY_MS, MAX_GROUPED_ROWS);
      const asked: AskedQuestion[] = rows.map((row) => ({
        question: row.question,
        language: row.language,
        askedAt: row.asked_at,
      }));
      return groupQuestions(asked).slice(0, limit);
    },
    feedbackByEntry: () => feedback.all(),
    purge,
    close: () => {
      clearInterval(daily);
      db.close();
    },
  };
}
