import { beforeAll, describe, expect, it } from "vitest";
import { buildMatchIndex, type MatchIndex } from "../../../src/answering/index/matchIndex.js";
import { prepareQuestion, scoreEntries } from "../../../src/answering/retrieve/lexicalScore.js";
import { scoreReadings } from "../../../src/answering/retrieve/readingScores.js";
import { tokenize, words } from "../../../src/answering/text/normalize.js";
import { queryTerms, type QueryTerm } from "../../../src/answering/understand/queryTerms.js";
import type { Language } from "../../../src/knowledge/types.js";
import { readSet } from "../../support/scoreSet.js";
import { realKnowledge } from "../../support/realKnowledge.js";

let index: MatchIndex;
beforeAll(async () => {
  index = buildMatchIndex(await realKnowledge());
});

function terms(text: string, language: Language): QueryTerm[] {
  return queryTerms(tokenize(text, language), index);
}

/** The readings autocomplete scores: what was typed, and it with each completion of the last word. */
function readingsOf(typed: string, language: Language): QueryTerm[][] {
  const last = words(typed).at(-1) ?? "";
  const base = tokenize(typed, language)
    .slice(0, -1)
    .map((token) => token.word)
    .join(" ");
  const completions = last.length >= 2 ? index.completeWord(last, 6) : [];
  return [typed, ...completions.map((completion) => `${base} ${completion}`)].map((text) => terms(text, language));
}

/** Per entry, the distinct scores the readings give it one by one, as scoreEntries scores them. */
function expectedScores(readings: readonly (readonly QueryTerm[])[]): Map<number, number[]> {
  const scores = new Map<number, number[]>();
  for (const reading of readings) {
    const ranking = scoreEntries(reading, index);
    for (const { entry, score } of ranking.top(ranking.size)) scores.set(entry, [...(scores.get(entry) ?? []), score]);
  }
  return new Map([...scores].map(([entry, all]) => [entry, [...new Set(all)].sort()]));
}

function emittedScores(readings: readonly (readonly QueryTerm[])[]): Map<number, number[]> {
  const scores = new Map<number, number[]>();
  scoreReadings(readings, index, (entry, score) => scores.set(entry, [...(scores.get(entry) ?? []), score]));
  return new Map([...scores].map(([entry, all]) => [entry, [...new Set(all)].sort()]));
}

describe("scoreReadings", () => {
  it("GIVEN every prefix of real questions THEN each entry gets the very floats scoreEntries gives the readings", () => {
    let compared = 0;
    for (const { q, lang } of readSet("tests/answering/paraphrases.jsonl").slice(0, 40)) {
      for (let end = 1; end <= q.length; end++) {
        const readings = readingsOf(q.slice(0, end), lang);
        // toEqual tells -0 from 0 and compares the floats exactly: the same bits.
        expect(emittedScores(readings), q.slice(0, end)).toEqual(expectedScores(readings));
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(1000);
  });

  it("GIVEN one reading THEN its scores are scoreEntries' own", () => {
    for (const question of ["Wann trifft sich die NATO mit Russland?", "sanctions?", "Krim", "Russland Russland USA"]) {
      const reading = terms(question, "de");
      expect(emittedScores([reading]), question).toEqual(expectedScores([reading]));
    }
  });

  it("GIVEN readings that share no first term, or many terms of their own THEN still the same floats", () => {
    // Many known terms: a head of more than twelve (its sums told apart one by one), a tail of more than thirty.
    const long = readSet("tests/answering/paraphrases.jsonl")
      .slice(0, 40)
      .map((item) => item.q)
      .join(" ");
    const longReading = terms(long, "de");
    expect(prepareQuestion(longReading, index).known.length).toBeGreaterThan(30);
    const other = terms("Krim Sanktionen", "de");
    for (const readings of [[longReading], [longReading, other], [other, longReading], [terms("Wann Treffen", "de"), other]]) {
      expect(emittedScores(readings)).toEqual(expectedScores(readings));
    }
  });

  it("GIVEN the same question twice, or only unknown words THEN scored as once, or not at all", () => {
    const reading = terms("Wann treffen sich die NATO und Russland?", "de");
    expect(emittedScores([reading, reading])).toEqual(expectedScores([reading]));
    expect(emittedScores([terms("xyzzy plugh", "en")]).size).toBe(0);
  });
});
