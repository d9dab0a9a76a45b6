import { describe, expect, it } from "vitest";
import { buildTrainingVectors, featureHashes, questionVector } from "../../../src/answering/model/textFeatures.js";

describe("text features", () => {
  it("GIVEN a word THEN its 3- to 5-letter grams with the word's edges, and each term once", () => {
    // " krim " has 4 three-letter, 3 four-letter and 2 five-letter grams; one term.
    expect(featureHashes(["krim"], ["~krim"])).toHaveLength(4 + 3 + 2 + 1);
  });

  it("GIVEN a typo THEN most letter grams are still shared", () => {
    const right = new Set(featureHashes(["sanktionen"], []));
    const typo = featureHashes(["sanktoinen"], []);
    expect(typo.filter((hash) => right.has(hash)).length / typo.length).toBeGreaterThan(0.4);
  });

  it("GIVEN training texts THEN unit-length vectors, rarer features weighing more, unknown features dropped", () => {
    const texts = [featureHashes(["nato"], ["~nato"]), featureHashes(["nato", "krim"], []), featureHashes(["osze"], [])];
    const { space, vectors } = buildTrainingVectors(texts);
    for (const v of vectors) expect(v.values.reduce((sum, x) => sum + x * x, 0)).toBeCloseTo(1, 5);
    const nato = questionVector(["nato"], [], space);
    expect(nato.ids.length).toBeGreaterThan(0);
    expect(questionVector(["qqqq"], [], space).ids).toHaveLength(0);
  });

  it("GIVEN a training text asked as a question, however long THEN the very vector it was trained with", () => {
    const long = Array.from({ length: 120 }, (_, k) => `wort${k}abcdefgh`);
    const texts = [featureHashes(["nato", "krim"], ["~nato"]), featureHashes(long, ["~lang"]), featureHashes(["osze"], [])];
    const { space, vectors } = buildTrainingVectors(texts);
    const asked = [questionVector(["nato", "krim"], ["~nato"], space), questionVector(long, ["~lang"], space)];
    // The long text has far more features than the scratch array first holds: it grows.
    expect(texts[1]!.length).toBeGreaterThan(1024);
    asked.forEach((vector, t) => {
      expect([...vector.ids]).toEqual([...vectors[t]!.ids]);
      expect([...vector.values]).toEqual([...vectors[t]!.values]);
    });
  });
});
