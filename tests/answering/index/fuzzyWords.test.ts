import Fuse from "fuse.js";
import { beforeAll, describe, expect, it } from "vitest";
import { createFuzzyWords } from "../../../src/answering/index/fuzzyWords.js";
import { buildMatchIndex } from "../../../src/answering/index/matchIndex.js";
import { substringDistance } from "../../../src/answering/index/substringDistance.js";
import { createRandom } from "../../../src/answering/model/random.js";
import { addTypo } from "../../bench/typos.js";
import { realKnowledge } from "../../support/realKnowledge.js";

/**
 * The knowledge's words, a fixed share of them: the shortcut must equal Fuse over any vocabulary, and
 * comparing with plain Fuse costs a full search per probe, so the sample keeps the test's time
 * independent of how many phrasings the knowledge grows.
 */
const VOCABULARY_SAMPLE = 800;
let vocabulary: string[];
beforeAll(async () => {
  const all = [...buildMatchIndex(await realKnowledge()).surface.keys()];
  const step = Math.max(1, Math.floor(all.length / VOCABULARY_SAMPLE));
  vocabulary = all.filter((_, k) => k % step === 0).slice(0, VOCABULARY_SAMPLE);
});

/** The search the spelling correction was tuned with: Fuse over every word of the knowledge. */
function plainFuse(words: readonly string[]): (word: string) => [string, number][] {
  const fuse = new Fuse(words, {
    includeScore: true,
    threshold: 0.4,
    ignoreLocation: true,
    ignoreFieldNorm: true,
    isCaseSensitive: true,
    minMatchCharLength: 3,
  });
  return (word) => fuse.search(word, { limit: 5 }).map((hit) => [hit.item, hit.score ?? 1]);
}

describe("createFuzzyWords", () => {
  it("GIVEN misspelt, cut, extended and random words THEN exactly Fuse's hits over the whole vocabulary, in order", () => {
    const fast = createFuzzyWords(vocabulary);
    const slow = plainFuse(vocabulary);
    const random = createRandom(11);
    // Every fourth word of the vocabulary, as written, misspelt once and twice, cut short and extended.
    const sample = vocabulary.filter((_, k) => k % 4 === 0);
    const probes = sample.flatMap((word) => [
      word,
      addTypo(word, random),
      addTypo(addTypo(word, random), random),
      word.slice(0, -3),
      `${word}en`,
    ]);
    for (let k = 0; k < 200; k++)
      probes.push(Array.from({ length: 3 + random.int(10) }, () => "aeinrstlmoguhkzäß0"[random.int(18)]).join(""));
    probes.push("x", "truppenaufmarschverhandlungsbereitschaft", "а".repeat(40));
    for (const probe of probes) {
      expect(
        [...fast(probe, 5)].map((hit) => [hit.item, hit.score]),
        probe,
      ).toEqual(slow(probe));
    }
  });

  it("GIVEN an empty vocabulary THEN finds nothing", () => {
    expect([...createFuzzyWords([])("gesprache", 5)]).toEqual([]);
  });
});

describe("Fuse's bitap score, which the shortcut relies on", () => {
  it("GIVEN any hit THEN its score is its substring edit distance / length (0.001 at least, 0 when equal)", () => {
    const slow = plainFuse(vocabulary);
    const random = createRandom(5);
    for (const word of vocabulary.filter((w, k) => w.length >= 5 && k % 2 === 0)) {
      const probe = addTypo(word, random);
      const distance = substringDistance(probe);
      for (const [item, score] of slow(probe)) {
        expect(score, `${probe} → ${item}`).toBe(item === probe ? 0 : Math.max(0.001, distance(item) / probe.length));
      }
    }
  });

  it("GIVEN a score cap THEN Fuse's hits up to the cap, in order", () => {
    const fast = createFuzzyWords(vocabulary);
    const slow = plainFuse(vocabulary);
    for (const probe of ["gesprache", "sanktoinen", "frankriech", "webche", "sicherheitsdiallog"]) {
      for (const cap of [0.05, 0.2, 0.34]) {
        const capped = [...fast(probe, 5, cap)].map((hit) => [hit.item, hit.score]);
        expect(capped, `${probe} ≤ ${cap}`).toEqual(slow(probe).filter(([, score]) => score <= cap));
      }
    }
  });
});
