import { deserialize, serialize } from "node:v8";
import { describe, expect, it } from "vitest";
import { prepareAnswerer, type KeptIndex, type PreparedAnswerer } from "../../../src/answering/answerer.js";
import type { Knowledge } from "../../../src/knowledge/types.js";
import { realKnowledge } from "../../support/realKnowledge.js";

const QUESTIONS = [
  "wann ist das nato treffen",
  "what did putin demand",
  "wer hat die gespräche angekündigt",
  "was ist mit der krim",
  "wie viele soldaten hat russland an der grenze",
  "wo treffen sich die nato und rusland",
  "waht sanctions does the west threaten",
  "hello",
  "Who won the football match?",
];

/** As a snapshot keeps it: written as plain data and read back. */
function throughSnapshot(kept: KeptIndex): unknown {
  return deserialize(serialize(kept));
}

function expectSameAnswers(a: PreparedAnswerer, b: PreparedAnswerer): void {
  for (const question of QUESTIONS) {
    expect(b.quick.answer(question)).toEqual(a.quick.answer(question));
    expect(b.quick.nearest(question)).toEqual(a.quick.nearest(question));
  }
  for (const prefix of ["wann", "sankt", "what did p"])
    expect(b.quick.suggest(prefix, "de")).toEqual(a.quick.suggest(prefix, "de"));
}

describe("the index kept from one start for the next", () => {
  it("GIVEN the index a build kept THEN the next start takes it, keeps nothing new, and answers as the build does, learned ranker too", async () => {
    const knowledge = await realKnowledge();
    const first = prepareAnswerer(knowledge);
    expect(first.tookKept).toBe(false);
    const second = prepareAnswerer(knowledge, throughSnapshot(first.keep!));
    expect(second.tookKept).toBe(true);
    expect(second.keep).toBeUndefined();
    expectSameAnswers(first, second);
    const [a, b] = await Promise.all([first.learned, second.learned]);
    for (const question of QUESTIONS) expect(b.answer(question)).toEqual(a.answer(question));
  });

  it("GIVEN a kept index whose texts other code read otherwise (another stemmer) THEN refused, and the index is built anew", async () => {
    const knowledge = await realKnowledge();
    const first = prepareAnswerer(knowledge);
    const kept = first.keep!;
    const forged: KeptIndex = {
      ...kept,
      probes: kept.probes.map((probe) => ({
        ...probe,
        tokens: probe.tokens.map((token) => ({ ...token, term: `${token.term}x` })),
      })),
    };
    const second = prepareAnswerer(knowledge, throughSnapshot(forged));
    expect(second.tookKept).toBe(false);
    expect(second.keep).toBeDefined();
    expectSameAnswers(first, second);
    await Promise.all([first.learned, second.learned]);
  });

  it("GIVEN the kept index of another knowledge (an entry fewer) THEN refused", async () => {
    const knowledge = await realKnowledge();
    const first = prepareAnswerer(knowledge);
    const fewer: Knowledge = { ...knowledge, entries: knowledge.entries.slice(1) };
    const second = prepareAnswerer(fewer, throughSnapshot(first.keep!));
    expect(second.tookKept).toBe(false);
    await Promise.all([first.learned, second.learned]);
  });

  it.each([
    ["something else", { tokens: {}, words: [] }],
    ["nothing", null],
    ["a number", 7],
  ])("GIVEN %s where an index was kept THEN refused, and the index is built", async (_, kept) => {
    const prepared = prepareAnswerer(await realKnowledge(), kept);
    expect(prepared.tookKept).toBe(false);
    expect(prepared.quick.answer("wann ist das nato treffen").status).toBe("answered");
    await prepared.learned;
  });
});
