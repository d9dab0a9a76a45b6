import { describe, expect, it } from "vitest";
import { createVotes } from "../../src/discord/votes.js";

describe("votes", () => {
  it("GIVEN a person voted on an entry THEN a second vote on it is refused, other entries and people are not", () => {
    const votes = createVotes();
    expect(votes.cast("a", "talks-date", "up")).toBe(true);
    expect(votes.cast("a", "talks-date", "down")).toBe(false);
    expect(votes.cast("a", "speaker-quote", "down")).toBe(true);
    expect(votes.cast("b", "talks-date", "down")).toBe(true);
  });
});
