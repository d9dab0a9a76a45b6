import { beforeAll, describe, expect, it } from "vitest";
import { createAnswerer, type Answerer } from "../../src/answering/answerer.js";
import { locateQuote } from "../../src/knowledge/quotes.js";
import { realKnowledge } from "../support/realKnowledge.js";

let answerer: Answerer;
beforeAll(async () => {
  answerer = createAnswerer(await realKnowledge());
});

const STORY =
  "So I was reading about all this yesterday on my phone and my friend said something about Ukraine and the Cold War and treaties, and honestly I got confused because there were like three meetings or something. anyway what I actually wanted to know is what Putin demanded from the West?";

/** The table of issue 12: whole messages as people post them, and what the answer must hold. */
describe("whole messages", () => {
  it.each([
    ["hey all 👋 does anyone know when the OSCE thing is? ty!", "en", /January 13/, [7]],
    ["Hallo zusammen! Frage an den Bot: wann trifft sich die NATO mit Russland? Danke!!", "de", /12\. Januar/, [7]],
    [STORY, "en", /NATO/, [16]],
    ["the bilateral talks were on the 11th, correct?", "en", /^No — according to the article[\s\S]*January 10/, [6]],
    ["die NATO trifft sich am 14. mit Russland, richtig?", "de", /^Nein – laut dem Artikel[\s\S]*12\. Januar/, [7]],
    ["wann ist das nato treffen und wann das mit der osze?", "de", /12\. Januar[\s\S]*13\. Januar/, [7]],
    [
      "which one is earlier: nato talks or osce talks?",
      "en",
      /nato talks” comes first \(January 12\), then “osce talks” \(January 13\)/,
      [7],
    ],
    ["what did der Sprecher say about Ukraine's interests?", "en", /not be ignored/, [18]],
  ] as const)("GIVEN %j THEN answered in %s", (message, language, fact, paragraphs) => {
    const answer = answerer.answer(message);
    expect(answer).toMatchObject({ status: "answered", language });
    expect(answer.answer).toMatch(fact);
    const cited = answer.citations.flatMap((c) => locateQuote(c.quote, answerer.knowledge.article.paragraphs));
    expect(cited.some((n) => (paragraphs as readonly number[]).includes(n))).toBe(true);
  });

  it("GIVEN two questions THEN two parts, each with its citations; the first part's entry is the answer's", () => {
    const answer = answerer.answer("wann ist das nato treffen und wann das mit der osze?");
    expect(answer.parts.map((p) => p.entryId)).toEqual(["nato-russia-council-date", "osce-meeting-date"]);
    expect(answer.entryId).toBe("nato-russia-council-date");
    expect(answer.citations).toEqual(answer.parts.flatMap((p) => p.citations));
  });

  it("GIVEN only chatter THEN small talk; GIVEN chatter around a question THEN never the chatter answered instead", () => {
    expect(answerer.answer("hey bot, thanks a lot! 🙏").status).toBe("smalltalk");
    expect(answerer.answer("hallo zusammen 👋").status).toBe("smalltalk");
    expect(answerer.answer("thanks! and who announced the talks?").status).toBe("answered");
  });

  it.each([
    ["Russland hat eine große Kampftruppe an der Grenze stationiert – an welcher Grenze genau?", /ukrain/i, [9, 14]],
    ["crimea - who's holding it?", /Russia/, [13]],
    ["Biden's Ukraine approach apparently has two tracks — which ones?", /deterrence and diplomacy/, [20]],
    // A view of the topic, not a story about the asker: the question leans on it.
    ["Ich bezweifle ja, dass Putin wirklich einen Angriff plant – was sagt er denn selbst dazu?", /bestreitet/, [15]],
    // "Im" is German "in dem" here, not a fast "I'm": the statement names the topic.
    ["Im Artikel steht was von einer Kampftruppe an der Grenze. An welcher Grenze?", /Grenze/, [9, 14]],
    // A quotation before the question is what it asks about, however much the question says itself.
    ["the 'nothing about us without us' line - what did the spokesman actually say", /allies and partners/, [19]],
    // A request about "the quote" or "dieser Satz" points at the words before it, asked or not.
    ["nothing about our allies and partners... finish the quote", /without our allies/, [19]],
    ["Nichts über uns ohne uns … was bedeutet dieser Satz?", /Verbündeten/, [19]],
  ] as const)("GIVEN a short question after a statement (%j) THEN read with the statement", (message, fact, paragraphs) => {
    const answer = answerer.answer(message);
    expect(answer.status).toBe("answered");
    expect(answer.answer).toMatch(fact);
    const cited = answer.citations.flatMap((c) => locateQuote(c.quote, answerer.knowledge.article.paragraphs));
    expect(cited.some((n) => (paragraphs as readonly number[]).includes(n))).toBe(true);
  });

  it("GIVEN a story, then a question that says what it is about THEN the question alone is read", () => {
    const answer = answerer.answer("Mein Opa hat im Kalten Krieg gelebt. Wann treffen sich die NATO und Russland?");
    expect(answer).toMatchObject({ status: "answered", entryId: "nato-russia-council-date" });
  });

  it.each([
    "how long will the bilateral talks last? one day or several?",
    "Wie lange sollen die Gespräche am 10. Januar dauern?",
  ])("GIVEN a question for how long the talks last (%j) THEN declined: the article gives only the day", (message) => {
    expect(answerer.answer(message).status).toBe("no_match");
  });

  it.each(["where exactly were the new troops sent", "wo genau hin wurden die neuen truppen geschickt"])(
    "GIVEN where exactly the troops were sent (%j) THEN the border: the entry lacks only their number",
    (message) => {
      const answer = answerer.answer(message);
      expect(answer).toMatchObject({ status: "answered", entryId: "troop-buildup" });
      expect(answer.answer).toMatch(/border|Grenze/);
    },
  );

  it.each(["how many tracks is the alliance supposed to agree on", "auf wie viele wege soll sich die allianz einigen"])(
    "GIVEN how many (%j) put to an entry whose answer gives the count THEN answered with it",
    (message) => {
      const answer = answerer.answer(message);
      expect(answer).toMatchObject({ status: "answered", entryId: "deterrence-and-diplomacy" });
      expect(answer.answer).toMatch(/two|zwei/i);
    },
  );

  it("GIVEN the author's own view asked for THEN declined: the article reports, it does not judge", () => {
    expect(answerer.answer("Was hält der Autor persönlich von Putins Forderungen?").status).toBe("no_match");
  });

  it.each([
    "how did the january 10 meeting go?",
    "Wie ist das Treffen der NATO mit Russland gelaufen?",
    "did the kremlin respond to the white house announcement",
  ])("GIVEN a question for an outcome or a reaction the article cannot report (%j) THEN declined", (message) => {
    expect(answerer.answer(message).status).toBe("no_match");
  });

  it.each(["welche forderungen hat putin außer der nato sache noch gestellt", "Did Putin make any other demands?"])(
    "GIVEN a question for more than the article lists (%j) THEN declined",
    (message) => {
      expect(answerer.answer(message).status).toBe("no_match");
    },
  );

  it.each(["was ist der unterschied zwischen eu und nato", "whats the difference between the osce and the un"])(
    "GIVEN a comparison with one side the article does not cover (%j) THEN declined",
    (message) => {
      expect(answerer.answer(message).status).toBe("no_match");
    },
  );

  it.each([
    ["what's the difference between the jan 10 meeting and the jan 13 meeting?", "bilateral-talks-date", "osce-meeting-date"],
    [
      "what's the difference in dates between the NATO meeting and the OSCE meeting?",
      "nato-russia-council-date",
      "osce-meeting-date",
    ],
    [
      "Was ist der Unterschied zwischen dem Treffen am 10. und dem am 12. Januar?",
      "bilateral-talks-date",
      "nato-russia-council-date",
    ],
  ])("GIVEN the difference between two meetings (%j) THEN both in one answer", (message, first, second) => {
    const answer = answerer.answer(message);
    expect(answer.status).toBe("answered");
    expect(answer.parts.map((part) => part.entryId)).toEqual([first, second]);
  });

  it("GIVEN 'was is am 13.1.' (German 'was', mixed words) THEN the OSCE date, not a claim to check", () => {
    expect(answerer.answer("was is am 13.1.")).toMatchObject({ status: "answered", entryId: "osce-meeting-date" });
  });

  it("GIVEN 'same day?' of two meetings THEN both dates in one answer", () => {
    const answer = answerer.answer("Finden das NATO-Treffen und das OSZE-Treffen am selben Tag statt?");
    expect(answer.status).toBe("answered");
    expect(answer.answer).toMatch(/12\. Januar[\s\S]*13\. Januar/);
  });

  it("GIVEN a comparison parted from its sides by a dash or a colon THEN both dates, the earlier first", () => {
    for (const message of [
      "which happens later - the bilateral talks or the NATO meeting?",
      "Was ist früher? Das NATO-Treffen oder das OSZE-Treffen?",
    ]) {
      const answer = answerer.answer(message);
      expect(answer.status, message).toBe("answered");
      expect(answer.parts, message).toHaveLength(2);
    }
  });

  it("GIVEN a question for the day of something the article dates by month only THEN declined; for a dated meeting THEN answered", () => {
    for (const message of ["An welchem genauen Tag im Juni war der Gipfel in Genf?", "what date in june was the geneva summit"])
      expect(answerer.answer(message).status, message).toBe("no_match");
    expect(answerer.answer("on what day is the OSCE meeting?")).toMatchObject({
      status: "answered",
      entryId: "osce-meeting-date",
    });
    expect(answerer.answer("wann war der Gipfel in Genf?")).toMatchObject({ status: "answered", entryId: "geneva-summit" });
  });

  it("GIVEN a list of dated facts to confirm THEN each checked against its own entry", () => {
    const answer = answerer.answer("So bilateral on the 10th, NATO on the 12th, OSCE on the 14th — have I got that right?");
    expect(answer.status).toBe("answered");
    expect(answer.parts.map((part) => part.entryId)).toEqual([
      "bilateral-talks-date",
      "nato-russia-council-date",
      "osce-meeting-date",
    ]);
    expect(answer.parts.map((part) => part.verdict)).toEqual(["yes", "yes", "no"]);
  });

  it("GIVEN who said it ('laut dem Beamten des Weißen Hauses', 'according to the official') THEN what was said is answered, not who said it", () => {
    for (const message of [
      "Was hat Russland laut dem Beamten des Weißen Hauses an der Grenze stationiert?",
      "why is there a standoff in Ukraine according to the white house offical?",
    ]) {
      const answer = answerer.answer(message);
      expect(answer.status, message).toBe("answered");
      expect(answer.entryId, message).not.toBe("white-house-official");
    }
    // When the source is all the question names, it is what the question is about.
    expect(answerer.answer("what did the senior official say?").entryId).toBe("white-house-official");
  });

  it("GIVEN a claim that two entries fit alike THEN checked, never 'did you mean'; a dated claim against the entry that dates it", () => {
    const answer = answerer.answer("so the OSCE meeting with Russia is on the 14th, right?");
    expect(answer.status).toBe("answered");
    // Either entry that quotes the OSCE meeting's day.
    expect(["osce-meeting-date", "nato-osce-focus-ukraine"]).toContain(answer.entryId);
    expect(answer.answer).toMatch(/^No — according to the article[\s\S]*January 13/);
  });

  it.each([
    ["Der Gipfel in Genf war doch im vergangenen März, richtig?", /^Nein – laut dem Artikel[\s\S]*Juni/],
    ["Stimmt es, dass das Gipfeltreffen in Genf im vergangenen Juli war?", /^Nein – laut dem Artikel[\s\S]*Juni/],
  ])(
    "GIVEN a claim whose date the entry it is about contradicts (%j) THEN 'No', however unsure the decision",
    (message, fact) => {
      const answer = answerer.answer(message);
      expect(answer).toMatchObject({ status: "answered", entryId: "geneva-summit" });
      expect(answer.answer).toMatch(fact);
    },
  );

  it("GIVEN who leads a delegation at the meeting of another day THEN declined; at the 10th THEN 'not yet announced'", () => {
    expect(answerer.answer("who leads the nato delegation at the jan 12 meeting").status).toBe("no_match");
    expect(answerer.answer("Who will lead the Russian delegation at the OSCE on the 13th?").status).toBe("no_match");
    expect(answerer.answer("wer vertritt die usa am 10. januar")).toMatchObject({
      status: "answered",
      entryId: "representatives-not-announced",
    });
  });

  it("GIVEN who leads a delegation at another meeting named by a word of its sentence THEN declined; with no meeting named THEN 'not yet announced'", () => {
    expect(answerer.answer("who heads the us delegation at the osce meeting").status).toBe("no_match");
    expect(answerer.answer("wer leitet die russische delegation beim nato-russland-rat").status).toBe("no_match");
    expect(answerer.answer("who leads the russian delegation")).toMatchObject({
      status: "answered",
      entryId: "representatives-not-announced",
    });
  });

  it("GIVEN who represents a side at a meeting whose entry never says who leads it THEN declined, whatever names the meeting", () => {
    expect(answerer.answer("who represents nato at the nato-russia council meeting").status).toBe("no_match");
    expect(answerer.answer("who leads the us delegation at the osce permanent council").status).toBe("no_match");
    expect(answerer.answer("Wer führt die US-Delegation beim Treffen am 10. Januar an?")).toMatchObject({
      status: "answered",
      entryId: "representatives-not-announced",
    });
  });

  it("GIVEN the presidents by other names ('Kremlin boss', 'Gegenpart') THEN the summit and the presidents", () => {
    expect(answerer.answer("where did biden and the kremlin boss have their summit")).toMatchObject({
      status: "answered",
      entryId: "geneva-summit",
    });
    expect(answerer.answer("wer ist bidens russischer gegenpart")).toMatchObject({ status: "answered", entryId: "presidents" });
  });

  it("GIVEN what comes after the last of the article's events THEN declined; after an earlier one THEN answered", () => {
    for (const message of [
      "was passiert nach dem 13. Januar",
      "what happens after the OSCE meeting on jan 13",
      // Asked yes or no, or after a month: past the end all the same.
      "gibt es nach dem 13. januar noch weitere treffen mit russland",
      "will there be another biden putin summit after january",
    ])
      expect(answerer.answer(message).status).toBe("no_match");
    expect(answerer.answer("what other meetings are there after jan 10").status).toBe("answered");
  });

  it.each([
    ["Ist das Treffen am 12. Januar das mit der OSZE?", /^Nein – [\s\S]*13\. Januar[\s\S]*\n\n[\s\S]*12\. Januar[\s\S]*NATO/],
    ["Is the January 12 meeting the one with the OSCE?", /^No — [\s\S]*January 13[\s\S]*\n\n[\s\S]*January 12[\s\S]*NATO/],
  ])("GIVEN a claim that puts one meeting on another's day (%j) THEN 'No', and what is on that day", (message, answer) => {
    const reply = answerer.answer(message);
    expect(reply.status).toBe("answered");
    expect(reply.answer).toMatch(answer);
    expect(reply.parts?.map((part) => part.entryId)).toEqual(["osce-meeting-date", "nato-russia-council-date"]);
  });

  it("GIVEN a claim with a day that nothing else is on THEN only 'No'", () => {
    const reply = answerer.answer("the osce meeting is on jan 14, right?");
    expect(reply.parts?.map((part) => part.entryId)).toEqual(["osce-meeting-date"]);
  });

  it.each([
    ["is ukraine already in nato", /not a NATO member/],
    ["ist die ukraine schon in der nato", /Mitglied der NATO ist sie nicht/],
  ])("GIVEN whether Ukraine is in NATO (%j) THEN its turn towards NATO, and that it is no member", (message, fact) => {
    const reply = answerer.answer(message);
    expect(reply).toMatchObject({ status: "answered", entryId: "ukraine-turn-to-nato" });
    expect(reply.answer).toMatch(fact);
    expect(reply.citations.map((c) => c.paragraph)).toEqual([12, 16]);
  });

  it("GIVEN 'außer Acht' (an idiom, not 'besides') THEN the question is answered", () => {
    const answer = answerer.answer("Die Interessen der Ukraine werden nicht außer Acht gelassen, oder?");
    expect(answer).toMatchObject({ status: "answered", entryId: "ukraine-interests" });
  });

  it("GIVEN a claim about what the article does not cover THEN declined", () => {
    for (const message of [
      "Biden hat Putin danach in Wien zum Abendessen getroffen, richtig?",
      "the spokesman is 54 years old, right?",
    ]) {
      expect(answerer.answer(message).status, message).not.toBe("answered");
    }
  });
});
