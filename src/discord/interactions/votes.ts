import { createNoopAnalytics } from "../../analytics/noopStore.js";
import type { AnalyticsStore, Vote, VoteResult } from "../../analytics/types.js";

export type { Vote, VoteResult };

export interface Votes {
  /** Records a 👍 or 👎; a person's second vote on the same entry replaces the first. */
  cast(userId: string, entryId: string, vote: Vote): VoteResult;
}

/**
 * 👍 / 👎 under answers, kept by the analytics store: one vote per person per entry, told apart by
 * a keyed hash of the user id, never the id itself. Without a store (or with ANALYTICS=off)
 * nothing is kept and every vote reports "off".
 */
export function createVotes(analytics: AnalyticsStore = createNoopAnalytics()): Votes {
  return { cast: (userId, entryId, vote) => analytics.recordVote(userId, entryId, vote) };
}
