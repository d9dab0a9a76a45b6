import { describe, expect, it } from "vitest";
import { medianRound, percentile, summarize } from "./stats.js";

describe("percentile", () => {
  it("GIVEN 100 sorted samples THEN p50 and p99 are measured values (nearest rank)", () => {
    const samples = Array.from({ length: 100 }, (_, k) => k + 1);
    expect(percentile(samples, 50)).toBe(50);
    expect(percentile(samples, 99)).toBe(99);
    expect(percentile(samples, 100)).toBe(100);
    expect(percentile(samples, 0)).toBe(1);
  });

  it("GIVEN one sample THEN every percentile is that sample; GIVEN none THEN NaN", () => {
    expect(percentile([7], 50)).toBe(7);
    expect(percentile([7], 99)).toBe(7);
    expect(percentile([], 50)).toBeNaN();
  });
});

describe("summarize", () => {
  it("GIVEN unsorted samples THEN sorts them before taking percentiles", () => {
    expect(summarize([5, 1, 4, 2, 3])).toEqual({ n: 5, p50: 3, p99: 5, max: 5, mean: 3 });
  });
});

describe("medianRound", () => {
  it("GIVEN three rounds THEN the middle one by the key, whole", () => {
    const rounds = [
      { p99: 9, id: "a" },
      { p99: 1, id: "b" },
      { p99: 5, id: "c" },
    ];
    expect(medianRound(rounds, (round) => round.p99)).toEqual({ p99: 5, id: "c" });
  });
});
