import { describe, expect, it } from "vitest";
import { admitsMissingDetail } from "../../../src/answering/index/entryGaps.js";
import { realAnswerer, realKnowledge } from "../../support/realKnowledge.js";

describe("admitsMissingDetail", () => {
  it("GIVEN answers that say a detail is missing THEN yes; answers that only leave an outcome open THEN no", async () => {
    const byId = new Map((await realKnowledge()).entries.map((entry) => [entry.id, entry]));
    const gaps = (id: string): boolean => admitsMissingDetail(byId.get(id)!);
    // "does not name the treaties", "does not list the other demands", "gives no exact number"
    expect(gaps("dialogue-main-purpose")).toBe(true);
    expect(gaps("putin-demands")).toBe(true);
    expect(gaps("troop-buildup")).toBe(true);
    // "the article does not name which [sanctions]"
    expect(gaps("sanctions-threat")).toBe(true);
    // "does not report an actual invasion", "does not say whether Ukraine will become a member"
    expect(gaps("invasion-accusation")).toBe(false);
    expect(gaps("nato-membership-exclusion")).toBe(false);
  });

  it("GIVEN 'what exactly' about an entry that leaves no detail out THEN answered with it", async () => {
    const answerer = await realAnswerer();
    for (const question of [
      "what exactly is Putin accused of?",
      "Wie genau lautet das Zitat mit „nichts über unsere Verbündeten“?",
      // The model has seen "genau" in many near misses: it reads these without it.
      "Was wird Putin denn konkret vorgeworfen?",
      "wo genau steht die russische kampftruppe",
    ]) {
      const answer = answerer.answer(question);
      expect(answer.status, question).toBe("answered");
    }
    expect(answerer.answer("what exactly is Putin accused of?").entryId).toBe("invasion-accusation");
  });

  it("GIVEN 'who exactly' about an entry that leaves out which, not who THEN answered with it", async () => {
    const answerer = await realAnswerer();
    // sanctions-threat does not name which sanctions, but names who threatens them.
    for (const question of ["Who exactly threatened the sanctions?", "wer genau droht mit sanktionen"]) {
      expect(answerer.answer(question), question).toMatchObject({ status: "answered", entryId: "sanctions-threat" });
    }
  });

  it("GIVEN 'which exactly' or 'what else' about an entry that says the article leaves it out THEN declined, that entry offered", async () => {
    const answerer = await realAnswerer();
    const cases: readonly [string, string][] = [
      ["Which treaties exactly do they want to revive?", "dialogue-main-purpose"],
      ["Welche Verträge genau sollen wiederbelebt werden?", "dialogue-main-purpose"],
      ["What are Putin's other demands besides the NATO thing?", "putin-demands"],
      ["Welche Sanktionen genau drohen Russland? Auch ein SWIFT-Ausschluss?", "sanctions-threat"],
      ["Which sanctions exactly are on the table if Russia invades?", "sanctions-threat"],
      ["Which specific arms control treaties are they trying to revive?", "dialogue-main-purpose"],
      ["Welche konkreten Wirtschaftssanktionen würden verhängt, wenn Russland einmarschiert?", "sanctions-threat"],
    ];
    for (const [question, entryId] of cases) {
      const answer = answerer.answer(question);
      expect(answer.status, question).toBe("no_match");
      expect(
        answer.suggestions.map((s) => s.entryId),
        question,
      ).toContain(entryId);
    }
  });
});
