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

/** Resident memory of the running bot process. */
export interface RssFigures {
  readonly afterStartMb: number;
  readonly afterQuestionsMb: number;
  readonly questions: number;
  readonly growthMb: number;
  /** After each quarter of the questions. */
  readonly samplesMb: readonly number[];
}
