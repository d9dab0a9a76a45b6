import { beforeAll, describe, expect, it } from "vitest";
import { buildMatchIndex, type MatchIndex } from "../../../src/answering/index/matchIndex.js";
import { trainClassifier } from "../../../src/answering/model/classifier.js";
import { understand } from "../../../src/answering/understand/understand.js";
import type { Knowledge } from "../../../src/knowledge/types.js";
import { realKnowledge } from "../../support/realKnowledge.js";

let knowledge: Knowledge;
let index: MatchIndex;
beforeAll(async () => {
  knowledge = await realKnowledge();
  index = buildMatchIndex(knowledge);
});

/** A question read as the answering pipeline reads it (its first ask), then classified. */
const predict = (classifier: NonNullable<ReturnType<typeof trainClassifier>>, question: string) => {
  const read = understand(question, {}, index);
  if (read.kind !== "message") throw new Error(`not a question: ${question}`);
  const ask = read.asks[0]!;
  return classifier.predict(
    ask.words,
    ask.terms.filter((t) => t.similarity > 0).map((t) => t.term),
  );
};

describe("trainClassifier", () => {
  it("GIVEN the real knowledge twice THEN the same probabilities (seeded, deterministic)", () => {
    const a = predict(trainClassifier(knowledge, index)!, "wann trifft sich die nato mit russland");
    const b = predict(trainClassifier(knowledge, index)!, "wann trifft sich die nato mit russland");
    expect([...a.entries]).toEqual([...b.entries]);
    expect(a.outOfScope).toBe(b.outOfScope);
  });

  it("GIVEN a question of one entry and a near miss on its subject THEN the entry, then out of scope", () => {
    const classifier = trainClassifier(knowledge, index)!;
    const crimea = knowledge.entries.findIndex((e) => e.id === "crimea-occupied");
    const asked = predict(classifier, "hält russland die krim besetzt");
    expect(asked.entries.indexOf(Math.max(...asked.entries))).toBe(crimea);
    expect(predict(classifier, "seit wann hält russland die krim besetzt").outOfScope).toBeGreaterThan(asked.outOfScope);
  });

  it("GIVEN too few phrasings or no out-of-scope examples THEN no model (the lexical matcher decides)", () => {
    const tiny: Knowledge = {
      ...knowledge,
      entries: knowledge.entries.slice(0, 3).map((e) => ({
        ...e,
        questions: { de: e.questions.de.slice(0, 1), en: e.questions.en.slice(0, 1) },
        phrasings: { de: [], en: [] },
        keywords: [],
      })),
    };
    expect(trainClassifier(tiny, buildMatchIndex(tiny))).toBeUndefined();
    const noDeclines: Knowledge = {
      ...knowledge,
      outOfScope: { de: [], en: [] },
      entries: knowledge.entries.map((e) => ({ ...e, outOfScope: { de: [], en: [] } })),
    };
    expect(trainClassifier(noDeclines, buildMatchIndex(noDeclines))).toBeUndefined();
  });
});
