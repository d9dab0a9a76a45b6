import { beforeAll, describe, expect, it } from "vitest";
import { detectLanguage } from "../../../src/answering/understand/language.js";
import { buildMatchIndex, type MatchIndex } from "../../../src/answering/index/matchIndex.js";
import { tokenize } from "../../../src/answering/text/normalize.js";
import { queryTerms } from "../../../src/answering/understand/queryTerms.js";
import { rankEntries, scoreEntries, type Ranked } from "../../../src/answering/retrieve/lexicalScore.js";
import { readSet } from "../../support/scoreSet.js";
import { realKnowledge } from "../../support/realKnowledge.js";

let index: MatchIndex;
beforeAll(async () => {
  index = buildMatchIndex(await realKnowledge());
});

const QUESTIONS = [
  ...readSet("tests/answering/paraphrases.jsonl").map((item) => item.q),
  "Wie alt ist Putin?",
  "wetter morgen in berlin",
  "Russland Russland USA",
];

function terms(question: string) {
  return queryTerms(tokenize(question, detectLanguage(question, index).language), index);
}

describe("scoreEntries", () => {
  it("GIVEN real questions THEN top, topByScore and bestPerGroup are what sorting the whole ranking gives", () => {
    for (const question of QUESTIONS) {
      const all = rankEntries(terms(question), index);
      const ranking = scoreEntries(terms(question), index);
      expect(ranking.size).toBe(all.length);
      expect(ranking.top(3)).toEqual(all.slice(0, 3));
      expect(ranking.top(3, 0.25)).toEqual(all.filter((r) => r.score >= 0.25).slice(0, 3));
      const byScore = [...all].sort((a, b) => b.score - a.score || a.entry - b.entry);
      expect(ranking.topByScore(5)).toEqual(byScore.slice(0, 5));
      const topicOf = (entry: number): string => index.entries[entry]!.topic;
      const firstOfTopic = all.filter((r, k) => all.findIndex((s) => topicOf(s.entry) === topicOf(r.entry)) === k);
      expect(ranking.bestPerGroup(topicOf, 3)).toEqual(firstOfTopic.slice(0, 3));
    }
  });

  it("GIVEN a question THEN the ranking is sorted by rankScore, then score, then entry", () => {
    const all = rankEntries(terms("Wann treffen sich die NATO und Russland?"), index);
    expect(all.length).toBeGreaterThan(3);
    const sorted = [...all].sort((a: Ranked, b: Ranked) => b.rankScore - a.rankScore || b.score - a.score || a.entry - b.entry);
    expect(all).toEqual(sorted);
  });

  it("GIVEN only unknown words THEN nothing is scored", () => {
    expect(scoreEntries(terms("xyzzy plugh"), index).size).toBe(0);
  });
});
