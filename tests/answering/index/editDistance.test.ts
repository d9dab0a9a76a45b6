import { describe, expect, it } from "vitest";
import { editDistance } from "../../../src/answering/index/editDistance.js";
import { createRandom } from "../../../src/answering/model/random.js";

/** The textbook table, a full matrix per call: what the reused rows must equal. */
function reference(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++) {
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  return d[a.length]![b.length]!;
}

describe("editDistance", () => {
  it.each([
    ["januar", "januar", 0],
    ["janaur", "januar", 1],
    ["gesprche", "gespräche", 1],
    ["sanktionen", "sanktoinen", 1],
    ["nato", "osze", 4],
    ["", "krim", 4],
  ])("GIVEN %s and %s THEN %i edits (a swap of neighbours is one)", (a, b, edits) => {
    expect(editDistance(a, b, 10)).toBe(edits);
  });

  it("GIVEN more edits than the limit THEN the limit plus one", () => {
    expect(editDistance("nato", "osze", 2)).toBe(3);
    expect(editDistance("ukraine", "uk", 1)).toBe(2);
  });

  it("GIVEN random words, short and long (longer than any before) THEN the textbook table's distance", () => {
    const random = createRandom(3);
    const word = (): string => Array.from({ length: random.int(80) }, () => "abcdeä"[random.int(6)]).join("");
    for (let k = 0; k < 300; k++) {
      const [a, b] = [word(), word()];
      expect(editDistance(a, b, 200), `${a} / ${b}`).toBe(reference(a, b));
    }
  });
});
