import type { Language } from "../knowledge/types.js";

export type UnansweredStatus = "no_match" | "ambiguous";
export type Vote = "up" | "down";
/** `off`: analytics are disabled; `failed`: the database refused (logged through `onError`). */
export type VoteResult = "recorded" | "changed" | "unchanged" | "off" | "failed";

export interface UnansweredQuestion {
  readonly question: string;
  readonly status: UnansweredStatus;
  readonly language: Language;
}

/** Similar unanswered questions, counted together. */
export interface QuestionGroup {
  readonly count: number;
  /** The wording asked most often (on a tie the newest, then the shortest). */
  readonly example: string;
  /** Up to three different wordings, most frequent first. */
  readonly examples: readonly string[];
  readonly language: Language;
  readonly lastAsked: Date;
}

export interface EntryFeedback {
  readonly entryId: string;
  readonly up: number;
  readonly down: number;
}

/**
 * What the bot learns from real questions. Stores question texts and times, never who asked;
 * votes are kept apart per person by a keyed hash, never by the user id. Recording never throws:
 * analytics must not cost anyone an answer.
 */
export interface AnalyticsStore {
  readonly enabled: boolean;
  /** How many days questions and votes are kept (`ANALYTICS_RETENTION_DAYS`); 0 when nothing is stored. */
  readonly retentionDays: number;
  /** Records a question the bot could not answer; returns a reference for `resolveAmbiguous`. */
  recordUnanswered(question: UnansweredQuestion): string | undefined;
  /** Someone picked a suggestion for an ambiguous question: it no longer counts as unanswered. */
  resolveAmbiguous(ref: string, entryId: string): boolean;
  /** One vote per person per entry; a changed vote replaces the earlier one. */
  recordVote(userId: string, entryId: string, vote: Vote): VoteResult;
  /** The most frequent unanswered questions of the last `days` days, similar ones grouped. */
  topUnanswered(days: number, limit: number): QuestionGroup[];
  /** Votes per entry, most 👎 first. */
  feedbackByEntry(): EntryFeedback[];
  /** Deletes what is older than the retention period; returns how many rows went. */
  purge(): number;
  close(): void;
}
