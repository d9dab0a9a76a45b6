import { describe, expect, it } from "vitest";
import { claimOf, claimParts, isConfirmationOnly } from "../../../src/answering/understand/claims.js";

describe("claimOf", () => {
  it.each([
    ["the bilateral talks were on the 11th, correct", "the bilateral talks were on the 11th"],
    ["die NATO trifft sich am 14. mit Russland, richtig", "die NATO trifft sich am 14. mit Russland"],
    ["die krim ist besetzt, oder", "die krim ist besetzt"],
    ["Putin bestreitet das, nicht wahr", "Putin bestreitet das"],
    ["Putin doesn't deny it, does he", "Putin doesn't deny it"],
    ["is it true that putin denies planning an attack", "putin denies planning an attack"],
    ["stimmt es, dass die krim besetzt ist", "die krim besetzt ist"],
    ["seh ich das richtig, dass die USA mit Sanktionen drohen", "die USA mit Sanktionen drohen"],
    ["I read that the summit was in Geneva", "the summit was in Geneva"],
    ["stimmts dass die OSZE gespräche am 13. januar sind", "die OSZE gespräche am 13. januar sind"],
    ["Ich hab irgendwo gelesen, es seien nur ein paar hundert Soldaten", "es seien nur ein paar hundert Soldaten"],
    ["The article says exactly 100,000 troops were sent, yeah?", "exactly 100,000 troops were sent"],
    ["Im Artikel steht, dass die NATO sich am 14. trifft, oder?", "die NATO sich am 14. trifft"],
    ["Russia is accused of backing separatists – is that what the article says?", "Russia is accused of backing separatists"],
    ["the white house oficial talked to AFP on dec 27 rite?", "the white house oficial talked to AFP on dec 27"],
    [
      "Also bilateral am 10., NATO am 12. und OSZE am 13. Januar, passt das so?",
      "Also bilateral am 10., NATO am 12. und OSZE am 13. Januar",
    ],
    ["So NATO on the 12th — have I got that right?", "So NATO on the 12th"],
    ["ich hab aufgeschrieben 'Russland hat die Krim besetzt' stimmt das", "'Russland hat die Krim besetzt"],
    ["copied from my notes: 'NATO meets on the 12th.' correct?", "'NATO meets on the 12th."],
    ["stimmt es, dass die OSZE am 13. tagt, oder?", "die OSZE am 13. tagt"],
    ["Ich hab mir notiert, dass die NATO am 12. tagt", "die NATO am 12. tagt"],
  ])("GIVEN %j THEN the claim %j", (sentence, claim) => {
    expect(claimOf(sentence)).toBe(claim);
  });

  it.each(["wann ist das treffen", "what are Putin's demands", "nato oder osze"])(
    "GIVEN the question %j THEN no claim",
    (sentence) => {
      expect(claimOf(sentence)).toBeUndefined();
    },
  );

  it.each([
    ["stimmt das?", true],
    ["is that true", true],
    ["right?", true],
    ["ist das richtig", true],
    // The question of the sentence before, asked back with a pronoun.
    ["Wird sie das?", true],
    ["steht das echt so im Artikel?", true],
    ["does the article really say that?", true],
    ["will it?", true],
    ["wann?", false],
    ["wird sie eingeladen?", false],
  ] as const)("GIVEN %j THEN confirmation only: %s", (sentence, only) => {
    expect(isConfirmationOnly(sentence)).toBe(only);
  });
});

describe("claimParts", () => {
  it.each([
    ["bilateral am 10., NATO am 12. und OSZE am 13. Januar", ["bilateral am 10.", "NATO am 12.", "OSZE am 13. Januar"]],
    [
      "So bilateral on the 10th, NATO on the 12th, OSCE on the 13th",
      ["So bilateral on the 10th", "NATO on the 12th", "OSCE on the 13th"],
    ],
    [
      "Die bilateralen Gespräche sind am 10. Januar und angekündigt wurde das an einem Dienstag",
      ["Die bilateralen Gespräche sind am 10. Januar", "angekündigt wurde das an einem Dienstag"],
    ],
  ])("GIVEN a claim of several dated facts %j THEN one claim each", (claim, parts) => {
    expect(claimParts(claim)).toEqual(parts);
  });

  it.each([
    "the bilateral talks were on the 11th",
    "die NATO trifft sich am 14. mit Russland und der OSZE",
    "Russia and the US meet on January 10",
    "am 10., am 12. und am 13.",
  ])("GIVEN one fact, or parts without a date or without a subject (%j) THEN the claim whole", (claim) => {
    expect(claimParts(claim)).toEqual([claim]);
  });
});

describe("a claim's date", () => {
  it("GIVEN a claim that puts a meeting on a day ('is on January 10') THEN the meeting it names is checked, not the day's", async () => {
    const { realAnswerer } = await import("../../support/realKnowledge.js");
    const answerer = await realAnswerer();
    for (const question of [
      "The NATO-Russia meeting is on January 10, correct?",
      "the nato russia council meets on 10 Jan, right?",
    ]) {
      const answer = answerer.answer(question);
      expect(answer.entryId, question).toBe("nato-russia-council-date");
      expect(answer.answer, question).toMatch(/^No\b[\s\S]*January 12/);
    }
    // A day that says which meeting the claim is about stays: "the jan 10 thing" is the bilateral one.
    expect(answerer.answer("is the jan 10 thing bilateral or multilateral").entryId).toBe("bilateral-talks-date");
  });
});
