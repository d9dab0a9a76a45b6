import { describe, expect, it } from "vitest";
import { createWordPrefixes } from "../../../src/answering/index/wordPrefixes.js";

const WORDS = ["januar", "ja", "jahr", "jahren", "gesprache", "genf", "januarende", "jahre", "gegen", "nato"];

/** What autocomplete did before: the first `max` longer words with that start, in vocabulary order. */
function scan(start: string, max: number): string[] {
  return WORDS.filter((word) => word.length > start.length && word.startsWith(start)).slice(0, max);
}

describe("createWordPrefixes", () => {
  it("GIVEN any start THEN the same completions in the same order as scanning the vocabulary", () => {
    const complete = createWordPrefixes(WORDS);
    for (const start of ["j", "ja", "jah", "jahr", "januar", "ge", "g", "n", "x", "", "nato", "zz"]) {
      for (const max of [1, 2, 6]) expect(complete(start, max), `${start}/${max}`).toEqual(scan(start, max));
    }
  });
});
