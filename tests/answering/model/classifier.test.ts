import { beforeAll, describe, expect, it } from "vitest";
import { buildMatchIndex, type MatchIndex } from "../../../src/answering/index/matchIndex.js";
import { trainClassifier } from "../../../src/answering/model/classifier.js";
import { understand } from "../../../src/answering/understand/understand.js";
import type { Knowledge } from "../../../src/knowledge/types.js";
import { realKnowledge } from "../../support/realKnowledge.js";
import { readSet } from "../../support/scoreSet.js";

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

  it("GIVEN one phrasing added to one entry THEN the other questions keep their first entry (an edit changes the model where it is)", () => {
    const entry = knowledge.entries.find((e) => e.id === "announcement-when")!;
    const edited: Knowledge = {
      ...knowledge,
      entries: knowledge.entries.map((e) =>
        e === entry
          ? {
              ...e,
              phrasings: { ...e.phrasings, de: [...e.phrasings.de, "An welchem Datum bestätigte das Weiße Haus die Gespräche?"] },
            }
          : e,
      ),
    };
    const before = trainClassifier(knowledge, index)!;
    const after = trainClassifier(edited, index)!;
    const top = (p: { entries: Float64Array }): number => p.entries.indexOf(Math.max(...p.entries));
    const questions = readSet("tests/answering/paraphrases.jsonl").map((item) => item.q);
    const moved = questions.filter((q) => top(predict(before, q)) !== top(predict(after, q)));
    // With a shuffled order one example more reordered all the others: 21 of these 264 moved.
    expect(moved.length).toBeLessThanOrEqual(questions.length * 0.01);
  }, 60_000);
});
