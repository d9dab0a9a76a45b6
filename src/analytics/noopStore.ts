import type { AnalyticsStore } from "./types.js";

/** `ANALYTICS=off`: the same interface, and nothing is stored anywhere, not even a file created. */
export function createNoopAnalytics(): AnalyticsStore {
  return {
    enabled: false,
    retentionDays: 0,
    recordUnanswered: () => undefined,
    resolveAmbiguous: () => false,
    recordVote: () => "off",
    topUnanswered: () => [],
    feedbackByEntry: () => [],
    purge: () => 0,
    close: () => undefined,
  };
}
