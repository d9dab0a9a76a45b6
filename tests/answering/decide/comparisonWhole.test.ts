import { describe, expect, it } from "vitest";
import type { Decision } from "../../../src/answering/decide/decide.js";
import { withComparisonWhole } from "../../../src/answering/decide/comparisonWhole.js";
import type { Candidate } from "../../../src/answering/rank/rank.js";

const candidate: Candidate = { entry: 3, score: 0.9, probability: 0.9, lexical: 0.8, lexicalRank: 0.8 };
const answered: Decision = { kind: "answer", candidate, confidence: 0.9 };
const declined: Decision = { kind: "decline", nearest: [], confidence: 0.1 };

describe("withComparisonWhole", () => {
  it("GIVEN a comparison with one side the article does not answer THEN both sides declined, the answered one offered", () => {
    expect(withComparisonWhole("difference", [declined, answered])).toEqual([
      declined,
      { kind: "decline", nearest: [candidate], confidence: 0.9 },
    ]);
  });

  it("GIVEN a comparison with both sides answered THEN unchanged", () => {
    expect(withComparisonWhole("order", [answered, answered])).toEqual([answered, answered]);
  });

  it("GIVEN two questions that are no comparison, one declined THEN the other still answered", () => {
    expect(withComparisonWhole(undefined, [declined, answered])).toEqual([declined, answered]);
  });
});
