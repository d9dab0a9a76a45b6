import { describe, expect, it } from "vitest";
import { createGlobalLimit } from "../../src/discord/interactions/globalLimit.js";

describe("createGlobalLimit", () => {
  it("GIVEN 3 a second THEN a burst of 3, then one more every third of a second", () => {
    const limit = createGlobalLimit(3, 0);
    expect([1, 2, 3, 4].map(() => limit.take(0))).toEqual([true, true, true, false]);
    expect(limit.take(300)).toBe(false);
    expect(limit.take(334)).toBe(true);
    expect(limit.take(334)).toBe(false);
  });

  it("GIVEN a long quiet time THEN the burst is still at most the cap", () => {
    const limit = createGlobalLimit(2, 0);
    expect([1, 2, 3].map(() => limit.take(60_000))).toEqual([true, true, false]);
  });

  it("GIVEN a clock that goes back THEN it neither throws nor grants extra", () => {
    const limit = createGlobalLimit(1, 1000);
    expect(limit.take(1000)).toBe(true);
    expect(limit.take(0)).toBe(false);
  });
});
