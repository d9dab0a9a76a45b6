import type { LatencySummary } from "./stats.js";

/** /ask through the fake Discord: INTERACTION_CREATE dispatched → the reply's callback received. */
export interface E2eFigures {
  readonly asks: number;
  /** Share of the bot's replies that were answers (embeds), not cooldown notices or errors: should be 1. */
  readonly botAnswered: number;
  readonly botMs: LatencySummary;
  readonly floorMs: LatencySummary;
  /** The bot's percentiles minus the floor bot's: what answering adds to Discord round trips. */
  readonly overheadMs: { readonly p50: number; readonly p99: number };
}

/** The memory target is the compiled bot's RSS after this many questions: at most RSS_TARGET_MB. */
export const RSS_QUESTIONS = 2000;
export const RSS_TARGET_MB = 110;

/** Resident memory of the compiled bot process (plain node, one process: no npm, no tsx). */
export interface RssFigures {
  readonly afterStartMb: number;
  readonly afterQuestionsMb: number;
  /** The most the process held at any time up to then (VmHWM). */
  readonly peakMb: number;
  readonly questions: number;
  readonly growthMb: number;
  /** After each quarter of the questions. */
  readonly samplesMb: readonly number[];
}
