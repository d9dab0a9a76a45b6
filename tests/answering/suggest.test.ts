import { beforeAll, describe, expect, it } from "vitest";
import { suggestionOf } from "../../src/answering/compose/compose.js";
import { buildMatchIndex, type MatchIndex } from "../../src/answering/index/matchIndex.js";
import { scoreEntries } from "../../src/answering/retrieve/lexicalScore.js";
import { suggestQuestions } from "../../src/answering/suggest.js";
import { tokenize, words } from "../../src/answering/text/normalize.js";
import { queryTerms } from "../../src/answering/understand/queryTerms.js";
import type { Language } from "../../src/knowledge/types.js";
import { typoVariants } from "../bench/matchBench.js";
import { readSet } from "../support/scoreSet.js";
import { realKnowledge } from "../support/realKnowledge.js";

let index: MatchIndex;
beforeAll(async () => {
  index = buildMatchIndex(await realKnowledge());
});

/** Autocomplete as it was before readings were scored together: each reading on its own, its first `limit` kept. */
function suggestedBefore(prefix: string, language: Language, limit: number): string[] {
  const typed = prefix.slice(0, 500);
  if (words(typed).length === 0) return index.entries.slice(0, limit).map((entry) => entry.id);
  const head = tokenize(typed, language);
  const last = /[\s?!.,;:]$/.test(typed) ? undefined : words(typed).at(-1);
  const scores = new Map<number, number>();
  const keep = (text: string): void => {
    for (const r of scoreEntries(queryTerms(tokenize(text, language), index), index).topByScore(limit > 0 ? limit : Infinity)) {
      scores.set(r.entry, Math.max(scores.get(r.entry) ?? 0, r.score));
    }
  };
  keep(typed);
  if (last !== undefined && last.length >= 2) {
    const base = head
      .slice(0, -1)
      .map((t) => t.word)
      .join(" ");
    for (const completion of index.completeWord(last, 6)) keep(`${base} ${completion}`);
  }
  return [...scores.entries()]
    .sort((a, b) => b[1] - a[1] || a[0] - b[0])
    .slice(0, limit)
    .map(([entry]) => index.entries[entry]!.id);
}

function suggested(prefix: string, language: Language, limit: number): string[] {
  return suggestQuestions(prefix, language, limit, index, suggestionOf).map((suggestion) => suggestion.entryId);
}

describe("suggestQuestions", () => {
  it("GIVEN every prefix of real and misspelt questions THEN the same suggestions in the same order as before", () => {
    const questions = readSet("tests/answering/paraphrases.jsonl").filter((_, k) => k % 4 === 0);
    const misspelt = questions.map(({ q, lang }) => ({ q: typoVariants([q], 5, 1)[0] ?? q, lang }));
    let compared = 0;
    for (const { q, lang } of [...questions, ...misspelt]) {
      for (let end = 1; end <= q.length; end++) {
        const prefix = q.slice(0, end);
        expect(suggested(prefix, lang, 25), prefix).toEqual(suggestedBefore(prefix, lang, 25));
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(2000);
  });

  it("GIVEN other limits, even none or less THEN cut as before", () => {
    for (const prefix of ["Wann trifft sich die NATO mit Ru", "sanctions agai", "Krim", "  ", "xyzzy pl"]) {
      for (const limit of [1, 3, 0, -2])
        expect(suggested(prefix, "de", limit), `${prefix}/${limit}`).toEqual(suggestedBefore(prefix, "de", limit));
    }
  });

  it("GIVEN a call that fails half-way THEN the next call is not disturbed", () => {
    const expected = suggested("Wann trifft sich die NATO mit Ru", "de", 5);
    expect(() =>
      suggestQuestions("Krim", "de", 5, index, () => {
        throw new Error("no suggestion");
      }),
    ).toThrow();
    expect(suggested("Wann trifft sich die NATO mit Ru", "de", 5)).toEqual(expected);
  });
});
