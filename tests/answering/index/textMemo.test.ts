import { describe, expect, it } from "vitest";
import { prepareAnswerer, type Readings } from "../../../src/answering/answerer.js";
import { forgetReadings } from "../../../src/answering/index/textMemo.js";
import { realKnowledge } from "../../support/realKnowledge.js";

const QUESTIONS = [
  "wann ist das nato treffen",
  "what did putin demand",
  "wer hat die gespräche angekündigt",
  "was ist mit der krim",
];

describe("readings kept from one build for the next", () => {
  it("GIVEN the readings of a build THEN the next build takes them and answers as a build that reads everything", async () => {
    const knowledge = await realKnowledge();
    forgetReadings();
    const first = prepareAnswerer(knowledge);
    expect(first.tookKept).toBe(false);
    expect(first.readings.tokens.de.texts.length).toBeGreaterThan(1000);
    // A kept copy is plain data, as it comes back from the snapshot.
    const kept = structuredClone(first.readings);
    forgetReadings();
    const second = prepareAnswerer(knowledge, kept);
    expect(second.tookKept).toBe(true);
    for (const question of QUESTIONS) expect(second.quick.answer(question)).toEqual(first.quick.answer(question));
    await Promise.all([first.learned, second.learned]);
  });

  it("GIVEN readings that other code made (a text read otherwise) THEN refused, and the build reads anew", async () => {
    const knowledge = await realKnowledge();
    forgetReadings();
    const first = prepareAnswerer(knowledge);
    // Every term of the German readings otherwise: as if another stemmer had made them.
    const de = first.readings.tokens.de;
    const parts = de.parts.map((part, at) => (at % 2 === 1 ? `${part}x` : part));
    const forged: Readings = { ...first.readings, tokens: { ...first.readings.tokens, de: { ...de, parts } } };
    forgetReadings();
    const second = prepareAnswerer(knowledge, structuredClone(forged));
    expect(second.tookKept).toBe(false);
    for (const question of QUESTIONS) expect(second.quick.answer(question)).toEqual(first.quick.answer(question));
    await Promise.all([first.learned, second.learned]);
  });

  it("GIVEN something else than readings THEN refused, and the build reads anew", async () => {
    const knowledge = await realKnowledge();
    forgetReadings();
    const prepared = prepareAnswerer(knowledge, { tokens: {}, words: [] } as unknown as Readings);
    expect(prepared.tookKept).toBe(false);
    expect(prepared.quick.answer("wann ist das nato treffen").status).toBe("answered");
    await prepared.learned;
  });
});
