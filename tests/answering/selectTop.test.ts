import { describe, expect, it } from "vitest";
import { selectTop } from "../../src/answering/selectTop.js";
import { createRandom } from "../bench/prng.js";

describe("selectTop", () => {
  it("GIVEN any limit and filter THEN the head of the fully sorted, filtered list", () => {
    const random = createRandom(3);
    const values = Array.from({ length: 500 }, () => random.int(50));
    // Ties broken by slot, so the order is total, as the ranking's is.
    const before = (a: number, b: number): boolean => values[a]! > values[b]! || (values[a] === values[b] && a < b);
    const even = (slot: number): boolean => values[slot]! % 2 === 0;
    const sorted = [...values.keys()].sort((a, b) => (before(a, b) ? -1 : 1));
    for (const limit of [0, 1, 3, 25, 499, 500, 10_000, Infinity]) {
      expect(selectTop(values.length, limit, before)).toEqual(sorted.slice(0, limit));
      expect(selectTop(values.length, limit, before, even)).toEqual(sorted.filter(even).slice(0, limit));
    }
  });
});
