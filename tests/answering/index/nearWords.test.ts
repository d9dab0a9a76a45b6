import Fuse from "fuse.js";
import { beforeAll, describe, expect, it } from "vitest";
import { editDistance } from "../../../src/answering/index/editDistance.js";
import { buildMatchIndex } from "../../../src/answering/index/matchIndex.js";
import { createNearWords } from "../../../src/answering/index/nearWords.js";
import { createRandom } from "../../../src/answering/model/random.js";
import { substringDistance } from "../../../src/answering/index/substringDistance.js";
import { addTypo } from "../../bench/typos.js";
import { realKnowledge } from "../../support/realKnowledge.js";

/**
 * The knowledge's words, a fixed share of them: the shortcut must equal Fuse over any vocabulary, and
 * comparing with plain Fuse costs a full search per probe, so the sample keeps the test's time
 * independent of how many phrasings the knowledge grows.
 */
const VOCABULARY_SAMPLE = 800;
const COMPOUND_SCORE = 0.05;
/** How the spelling correction has always searched (the options of nearWords.ts). */
const FUSE_OPTIONS = {
  includeScore: true,
  threshold: 0.4,
  ignoreLocation: true,
  ignoreFieldNorm: true,
  isCaseSensitive: true,
  minMatchCharLength: 3,
} as const;
let vocabulary: string[];
beforeAll(async () => {
  const all = [...buildMatchIndex(await realKnowledge()).surface.keys()];
  const step = Math.max(1, Math.floor(all.length / VOCABULARY_SAMPLE));
  vocabulary = all.filter((_, k) => k % step === 0).slice(0, VOCABULARY_SAMPLE);
});

/**
 * What the spelling correction accepts, found the slow way: Fuse over every word, in its order,
 * keeping words at most `maxEdits` away and longer words (by more than two) it scores below 0.05;
 * nothing for a letter or two (Fuse's shortest match is three).
 */
function plainFuse(words: readonly string[]): (word: string, maxEdits: number) => [string, number][] {
  const fuse = new Fuse(words, FUSE_OPTIONS);
  return (word, maxEdits) =>
    word.length < 3
      ? []
      : fuse
          .search(word)
          .map((hit): [string, number] => [hit.item, hit.score ?? 1])
          .filter(([item, score]) =>
            item.length > word.length + 2 ? score < COMPOUND_SCORE : editDistance(word, item, maxEdits) <= maxEdits,
          );
}

describe("createNearWords", () => {
  it("GIVEN misspelt, cut, extended and random words THEN exactly the corrections Fuse finds over the whole vocabulary, in its order", () => {
    const fast = createNearWords(vocabulary);
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
    let corrected = 0;
    for (const probe of probes) {
      const maxEdits = probe.length >= 8 ? 2 : 1;
      const found = fast(probe, maxEdits, COMPOUND_SCORE).map((hit) => [hit.item, hit.score]);
      expect(found, probe).toEqual(slow(probe, maxEdits));
      if (found.length > 0 && found[0]![0] !== probe) corrected++;
    }
    // The comparison means something only if many probes have corrections to agree on.
    expect(corrected).toBeGreaterThan(probes.length / 4);
  });

  it("GIVEN a misspelling THEN says how many edits away the correction is (a swap of neighbours is one)", () => {
    const near = createNearWords(["gespräche", "sanktionen", "wirtschaftssanktionen"]);
    expect(near("gesprähce", 2, COMPOUND_SCORE)[0]).toMatchObject({ item: "gespräche", edits: 1 });
    expect(near("sanktionen", 2, COMPOUND_SCORE).map((hit) => [hit.item, hit.edits])).toEqual([
      ["sanktionen", 0],
      ["wirtschaftssanktionen", undefined],
    ]);
  });

  it("GIVEN an empty vocabulary or an empty word THEN finds nothing", () => {
    expect(createNearWords([])("gesprache", 1, COMPOUND_SCORE)).toEqual([]);
    expect(createNearWords(["gespräche"])("", 1, COMPOUND_SCORE)).toEqual([]);
  });
});

describe("Fuse's bitap score, which finding longer words relies on", () => {
  it("GIVEN any hit THEN its score is its substring edit distance / length (0.001 at least, 0 when equal)", () => {
    const fuse = new Fuse(vocabulary, FUSE_OPTIONS);
    const random = createRandom(5);
    for (const word of vocabulary.filter((w, k) => w.length >= 5 && k % 2 === 0)) {
      const probe = addTypo(word, random);
      const distance = substringDistance(probe);
      for (const hit of fuse.search(probe, { limit: 5 })) {
        expect(hit.score, `${probe} → ${hit.item}`).toBe(
          hit.item === probe ? 0 : Math.max(0.001, distance(hit.item) / probe.length),
        );
      }
    }
  });
});
