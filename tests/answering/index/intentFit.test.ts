import { describe, expect, it } from "vitest";
import { buildMatchIndex } from "../../../src/answering/index/matchIndex.js";
import { intentMismatch, intentUse } from "../../../src/answering/index/intentFit.js";
import { realAnswerer, realKnowledge } from "../../support/realKnowledge.js";

describe("intentUse and intentMismatch", () => {
  it("GIVEN an entry with a handful of 'where' phrasings among hundreds THEN 'where' fits it; GIVEN one with none THEN it does not", async () => {
    const knowledge = await realKnowledge();
    const index = buildMatchIndex(knowledge);
    const at = (id: string): number => knowledge.entries.findIndex((entry) => entry.id === id);
    expect(intentUse("?where", at("ukraine-standoff"), index)).toBe(1);
    expect(intentUse("?where", at("announcement-when"), index)).toBeLessThan(0.5);
    expect(intentMismatch([{ term: "?where" }], at("ukraine-standoff"), index)).toBe(0);
    expect(intentMismatch([{ term: "?where" }], at("announcement-when"), index)).toBeGreaterThan(0.5);
  });

  it("GIVEN 'where has Russia stationed its combat force' THEN answered with the border, not declined as 'where exactly'", async () => {
    const answerer = await realAnswerer();
    for (const question of [
      "where has russia stationed a large combat force?",
      "wo hat russland die große kampftruppe stationiert?",
    ]) {
      const answer = answerer.answer(question);
      expect(answer.status, question).toBe("answered");
      expect(answer.answer, question).toMatch(/border|Grenze/);
    }
  });
});
