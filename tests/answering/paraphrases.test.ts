import { describe, expect, it } from "vitest";
import { readSet, scoreSet } from "../support/scoreSet.js";
import { realAnswerer } from "../support/realKnowledge.js";

/**
 * Our own set of questions as strangers write them (typos, slang, other words) and questions the
 * article does not answer. The floors are the figures measured when the matcher was tuned, so a
 * change that makes answers worse fails here before it reaches the shared evaluation.
 */
describe("paraphrase set", () => {
  it("GIVEN 200+ in-scope and 50+ out-of-scope questions THEN accuracy, abstention, language and citations hold", async () => {
    const items = readSet("tests/answering/paraphrases.jsonl");
    const score = scoreSet(items, await realAnswerer());
    expect(score.counts.inScope).toBeGreaterThanOrEqual(150);
    expect(score.counts.outOfScope).toBeGreaterThanOrEqual(40);
    expect(score.accuracy, score.misses.join("\n")).toBeGreaterThanOrEqual(0.78);
    expect(score.abstention, score.misses.join("\n")).toBeGreaterThanOrEqual(0.88);
    expect(score.language).toBeGreaterThanOrEqual(0.95);
    expect(score.faithful).toBe(1);
  });
});

/** A second, independent set (well-formed questions as readers ask them), written without sight of the knowledge. */
describe("held-out set", () => {
  it("GIVEN 120 in-scope and 40 out-of-scope questions THEN accuracy, abstention, language and citations hold", async () => {
    const score = scoreSet(readSet("tests/answering/holdout.jsonl"), await realAnswerer());
    expect(score.accuracy, score.misses.join("\n")).toBeGreaterThanOrEqual(0.75);
    expect(score.abstention, score.misses.join("\n")).toBeGreaterThanOrEqual(0.88);
    expect(score.language).toBeGreaterThanOrEqual(0.95);
    expect(score.faithful).toBe(1);
  });
});
