import { describe, expect, it } from "vitest";
import { prepareAnswerer, type PreparedAnswerer, type Readings } from "../../../src/answering/answerer.js";
import { forgetReadings } from "../../../src/answering/index/textMemo.js";
import { realKnowledge } from "../../support/realKnowledge.js";

const QUESTIONS = [
  "wann ist das nato treffen",
  "what did putin demand",
  "wer hat die gespräche angekündigt",
  "was ist mit der krim",
];

/** A build in a process that has read nothing yet (with `kept` readings, if any). */
async function freshBuild(kept?: Readings): Promise<PreparedAnswerer> {
  forgetReadings();
  return prepareAnswerer(await realKnowledge(), kept);
}

function expectSameAnswers(a: PreparedAnswerer, b: PreparedAnswerer): void {
  for (const question of QUESTIONS) expect(b.quick.answer(question)).toEqual(a.quick.answer(question));
}

describe("readings kept from one build for the next", () => {
  it("GIVEN the readings of a build THEN the next build takes them and answers as a build that reads everything", async () => {
    const first = await freshBuild();
    expect(first.tookKept).toBe(false);
    expect(first.readings.tokens.de.texts.length).toBeGreaterThan(1000);
    // A kept copy is plain data, as it comes back from the snapshot.
    const second = await freshBuild(structuredClone(first.readings));
    expect(second.tookKept).toBe(true);
    expectSameAnswers(first, second);
    await Promise.all([first.learned, second.learned]);
  });

  it("GIVEN readings that other code made (a text read otherwise) THEN refused, and the build reads anew", async () => {
    const first = await freshBuild();
    // Every term of the German readings otherwise: as if another stemmer had made them.
    const de = first.readings.tokens.de;
    const parts = de.parts.map((part, at) => (at % 2 === 1 ? `${part}x` : part));
    const forged: Readings = { ...first.readings, tokens: { ...first.readings.tokens, de: { ...de, parts } } };
    const second = await freshBuild(structuredClone(forged));
    expect(second.tookKept).toBe(false);
    expectSameAnswers(first, second);
    await Promise.all([first.learned, second.learned]);
  });

  it("GIVEN something else than readings THEN refused, and the build reads anew", async () => {
    const prepared = await freshBuild({ tokens: {}, words: [] } as unknown as Readings);
    expect(prepared.tookKept).toBe(false);
    expect(prepared.quick.answer("wann ist das nato treffen").status).toBe("answered");
    await prepared.learned;
  });
});
