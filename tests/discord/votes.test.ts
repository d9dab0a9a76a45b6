import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createSqliteAnalytics } from "../../src/analytics/sqliteStore.js";
import { createVotes } from "../../src/discord/interactions/votes.js";

describe("votes", () => {
  it("GIVEN the analytics store THEN one vote per person and entry, a second one replaces the first", async () => {
    const analytics = createSqliteAnalytics({ dataDir: await mkdtemp(join(tmpdir(), "talks-qa-votes-")), retentionDays: 90 });
    try {
      const votes = createVotes(analytics);
      expect(votes.cast("a", "talks-date", "up")).toBe("recorded");
      expect(votes.cast("a", "talks-date", "up")).toBe("unchanged");
      expect(votes.cast("a", "talks-date", "down")).toBe("changed");
      expect(votes.cast("a", "speaker-quote", "down")).toBe("recorded");
      expect(votes.cast("b", "talks-date", "down")).toBe("recorded");
      expect(analytics.feedbackByEntry()).toEqual([
        { entryId: "talks-date", up: 0, down: 2 },
        { entryId: "speaker-quote", up: 0, down: 1 },
      ]);
    } finally {
      analytics.close();
    }
  });

  it("GIVEN no store (ANALYTICS=off) THEN nothing is kept", () => {
    expect(createVotes().cast("a", "talks-date", "up")).toBe("off");
  });
});
