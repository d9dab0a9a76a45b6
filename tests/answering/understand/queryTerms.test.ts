import { beforeAll, describe, expect, it } from "vitest";
import { buildMatchIndex, type MatchIndex } from "../../../src/answering/index/matchIndex.js";
import { tokenize } from "../../../src/answering/text/normalize.js";
import { queryTerms } from "../../../src/answering/understand/queryTerms.js";
import { realKnowledge } from "../../support/realKnowledge.js";

let index: MatchIndex;
beforeAll(async () => {
  index = buildMatchIndex(await realKnowledge());
});

describe("queryTerms with a phrase synonym", () => {
  it("GIVEN a multi-word synonym and a word the knowledge never uses THEN only the phrase's own words set its certainty", () => {
    const terms = queryTerms(tokenize("arms control zzyzxwq treaties", "en"), index);
    const phrase = terms.find((t) => t.term.startsWith("~") && t.term.includes("rustungskontrol"));
    expect(phrase?.similarity).toBe(1);
    expect(terms.find((t) => t.term.startsWith("zzyzx"))?.similarity).toBe(0);
    // Every other known word keeps its own certainty, not the weakest word's.
    expect(terms.filter((t) => t.similarity > 0).every((t) => t.similarity === 1)).toBe(true);
  });
});
