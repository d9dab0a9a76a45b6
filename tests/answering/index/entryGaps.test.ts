import { describe, expect, it } from "vitest";
import { missingDetail, withholdsName } from "../../../src/answering/index/entryGaps.js";
import { realAnswerer, realKnowledge } from "../../support/realKnowledge.js";

describe("missingDetail", () => {
  it("GIVEN answers that say a detail is missing THEN which kind; answers that only leave an outcome open THEN none", async () => {
    const byId = new Map((await realKnowledge()).entries.map((entry) => [entry.id, entry]));
    const gaps = (id: string) => missingDetail(byId.get(id)!);
    // "does not name the treaties", "does not list the other demands"
    expect(gaps("dialogue-main-purpose")).toBe("detail");
    expect(gaps("putin-demands")).toBe("detail");
    // "gives no exact number" and nothing else
    expect(gaps("troop-buildup")).toBe("count");
    // "the article does not name which [sanctions]"
    expect(gaps("sanctions-threat")).toBe("detail");
    // "does not report an actual invasion", "does not say whether Ukraine will become a member"
    expect(gaps("invasion-accusation")).toBe("none");
    expect(gaps("nato-membership-exclusion")).toBe("none");
  });

  it("GIVEN 'what exactly' about an entry that leaves no detail out THEN answered with it", async () => {
    const answerer = await realAnswerer();
    for (const question of [
      "what exactly is Putin accused of?",
      "Wie genau lautet das Zitat mit „nichts über unsere Verbündeten“?",
      // The model has seen "genau" in many near misses: it reads these without it.
      "Was wird Putin denn konkret vorgeworfen?",
      "wo genau steht die russische kampftruppe",
      // Only the number of troops is missing, and no number is asked.
      "an welcher grenze stehen die truppen genau",
    ]) {
      const answer = answerer.answer(question);
      expect(answer.status, question).toBe("answered");
    }
    expect(answerer.answer("what exactly is Putin accused of?").entryId).toBe("invasion-accusation");
    expect(answerer.answer("an welcher grenze stehen die truppen genau").entryId).toBe("troop-buildup");
  });

  it("GIVEN 'who exactly' about an entry that leaves out which, not who THEN answered with it", async () => {
    const answerer = await realAnswerer();
    // sanctions-threat does not name which sanctions, but names who threatens them.
    for (const question of ["Who exactly threatened the sanctions?", "wer genau droht mit sanktionen"]) {
      expect(answerer.answer(question), question).toMatchObject({ status: "answered", entryId: "sanctions-threat" });
    }
  });

  it("GIVEN 'what kind of' about an entry that names the kind but not the particulars THEN answered with it", async () => {
    const answerer = await realAnswerer();
    // "harte Wirtschaftssanktionen": the kind is given, which ones are not.
    for (const question of ["was fuer sanktionen genau", "what kind of sanctions exactly"]) {
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

describe("withholdsName", () => {
  it("GIVEN answers that say a name is not given THEN true; answers that name what they are about THEN false", async () => {
    const byId = new Map((await realKnowledge()).entries.map((entry) => [entry.id, entry]));
    const withheld = (id: string) => withholdsName(byId.get(id)!);
    expect(withheld("nsc-spokesperson")).toBe(true);
    expect(withheld("white-house-official")).toBe(true);
    // "Neither of them is named": the official and the spokesperson who announced the talks.
    expect(withheld("announcement-who")).toBe(true);
    // "does not name the treaties"
    expect(withheld("dialogue-main-purpose")).toBe(true);
    expect(withheld("presidents")).toBe(false);
    expect(withheld("nato-russia-council-date")).toBe(false);
  });

  it("GIVEN a question for a name the article does not give THEN declined; whether it is given THEN answered", async () => {
    const answerer = await realAnswerer();
    for (const question of [
      "What's the name of the NSC spokesperson?",
      "whats the nsc spokesperson's name",
      "Wie heißt der Sprecher des Nationalen Sicherheitsrates?",
      "what are the names of the arms control treaties they want to revive",
      "whats the name of the white house official who talked to afp",
    ]) {
      const answer = answerer.answer(question);
      expect(answer.status, question).toBe("no_match");
    }
    for (const question of ["did the nsc guy give his name", "Hat der Sprecher vom Sicherheitsrat seinen Namen genannt?"]) {
      const answer = answerer.answer(question);
      expect(answer.status, question).toBe("answered");
      expect(answer.entryId, question).toBe("nsc-spokesperson");
    }
    // A name the article gives is answered as ever.
    expect(answerer.answer("wie heißt der us präsident im artikel").entryId).toBe("presidents");
    expect(answerer.answer("whats the name of the forum where nato and russia meet").status).toBe("answered");
  });
});
