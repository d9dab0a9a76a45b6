import { beforeAll, describe, expect, it } from "vitest";
import { createAnswerer, type Answerer } from "../../../src/answering/answerer.js";
import { realKnowledge } from "../../support/realKnowledge.js";

let answerer: Answerer;
beforeAll(async () => {
  answerer = createAnswerer(await realKnowledge());
});

describe("claims to check", () => {
  it.each([
    ["the bilateral talks were on the 11th, correct?", "no", /^No — according to the article[\s\S]*January 10/],
    ["die NATO trifft sich am 14. mit Russland, richtig?", "no", /^Nein – laut dem Artikel[\s\S]*12\. Januar/],
    ["die NATO trifft sich am 12. mit Russland, richtig?", "yes", /^Ja – laut dem Artikel[\s\S]*12\. Januar/],
    ["is it true that the OSCE meeting is on January 13?", "yes", /^Yes — [\s\S]*January 13/],
    ["Das OSZE-Treffen ist am 15. Januar. Stimmt das?", "no", /^Nein – [\s\S]*13\. Januar/],
    // The article says tens of thousands: a thousand is too few, whatever the exact figure.
    ["so only about 1,000 new troops were moved to the border, right?", "no", /^No — [\s\S]*tens of thousands/],
    ["Russland hat nur 5.000 neue Soldaten an die Grenze geschickt, oder?", "no", /^Nein – [\s\S]*zehntausende/],
  ])("GIVEN %j THEN %s, with what the article says", (question, verdict, text) => {
    const answer = answerer.answer(question);
    expect(answer.status).toBe("answered");
    expect(answer.parts[0]?.verdict).toBe(verdict);
    expect(answer.answer).toMatch(text);
    expect(answer.citations.length).toBeGreaterThan(0);
  });

  it("GIVEN a figure above what the article names in words THEN declined: it gives no exact number", () => {
    expect(answerer.answer("The article says exactly 100,000 troops were sent, yeah?").status).toBe("no_match");
    // A year is no amount: "in 2014" stays a detail the entry does not give.
    expect(answerer.answer("Russia sent tens of thousands of troops to the border in 2014, right?").status).toBe("no_match");
  });

  it("GIVEN a claim with no date THEN the answer as it is, without a verdict", () => {
    const answer = answerer.answer("Putin bestreitet, einen Angriff zu planen, oder?");
    expect(answer.status).toBe("answered");
    expect(answer.parts[0]?.verdict).toBeUndefined();
  });

  it.each([
    ["will ukraine also come up at the january 10 talks?", /Ukraine/],
    ["geht es am 12. januar auch um die ukraine?", /Ukraine/],
  ])(
    "GIVEN %j, a day of the article's own talks naming which talks THEN answered, not declined as a date the entry lacks",
    (question, text) => {
      const answer = answerer.answer(question);
      expect(answer.status).toBe("answered");
      expect(answer.answer).toMatch(text);
    },
  );

  it("GIVEN a day the article has no event on, about an entry that names none THEN declined: the article does not cover it", () => {
    expect(answerer.answer("Russland hat am 3. März die Krim besetzt, oder?").status).toBe("no_match");
  });
});
