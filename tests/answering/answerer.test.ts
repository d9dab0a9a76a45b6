import { beforeAll, describe, expect, it } from "vitest";
import { MAX_QUESTION_LENGTH, type Answerer } from "../../src/answering/answerer.js";
import { locateQuote } from "../../src/knowledge/quotes.js";
import { realAnswerer } from "../support/realKnowledge.js";

let answerer: Answerer;
beforeAll(async () => {
  answerer = await realAnswerer();
});

describe("answer", () => {
  it("GIVEN a German question THEN answers in German with a verbatim citation", () => {
    const answer = answerer.answer("Wann finden die bilateralen Gespräche statt?");
    expect(answer).toMatchObject({ status: "answered", language: "de" });
    expect(answer.answer).toMatch(/10\. Januar/);
    expect(answer.answer).toMatch(/27\. Dezember/);
    expect(answer.title).not.toBeNull();
    const paragraphs = answerer.knowledge.article.paragraphs;
    for (const citation of answer.citations) expect(locateQuote(citation.quote, paragraphs)).toContain(citation.paragraph);
  });

  it("GIVEN typos, missing umlauts, keywords, dates and English THEN still answers right", () => {
    const cases: [string, RegExp][] = [
      ["wann trift sich die nato mit russlnd", /12\. Januar/],
      ["osze gesprache 13. januar?", /13\. Januar/],
      ["was passiert am 13. januar", /13\. Januar|OSZE/],
      ["Krim", /besetzt/],
      ["sanctions?", /sanctions/],
      ["where did Biden and Putin meet in the summer", /Geneva/],
      ["how many soldiers at the border", /tens of thousands/],
      ["what does Washington threaten Moscow with", /sanctions/],
    ];
    for (const [question, fact] of cases) {
      const answer = answerer.answer(question);
      expect(answer.status, question).toBe("answered");
      expect(answer.answer, question).toMatch(fact);
    }
  });

  it("GIVEN a bare date fragment that near misses share THEN at worst declined with an entry that gives the date offered first", () => {
    // Known weakness (tests/answering/rounds.md): "Gespräche am 13. Januar?" reads like the near
    // misses "wie lange dauern die Gespräche am 13. Januar?"; the learned decision may decline it.
    const answer = answerer.answer("Gesprache am 13. januar?");
    if (answer.status === "answered") expect(answer.answer).toMatch(/13\. Januar/);
    else {
      // An offered entry that gives the 13th (the OSCE date, or the list of all meetings) answers it in one click.
      const offered = answer.suggestions.slice(0, 2).map((s) => answerer.answerEntry(s.entryId, "de")?.answer ?? "");
      expect(offered.some((text) => /13\. Januar/.test(text))).toBe(true);
    }
  });

  it("GIVEN questions the article does not answer, even in its words THEN declines with at most three suggestions and topics", () => {
    for (const question of [
      "Wer war der erste Mensch auf dem Mond?",
      "Was denkt China über die Ukraine-Krise?",
      "How old is Putin?",
      "What's the weather in Kyiv?",
      // The bot's own view: the article reports what was said, it does not predict.
      "Wird Russland die Ukraine angreifen, was meinst du?",
      "do u think there'll be a war",
    ]) {
      const answer = answerer.answer(question);
      expect(answer.status, question).toBe("no_match");
      expect(answer.entryId).toBeNull();
      expect(answer.citations).toEqual([]);
      expect(answer.suggestions.length).toBeLessThanOrEqual(3);
      expect(answer.topics.length).toBeGreaterThan(0);
      expect(answer.topics.length).toBeLessThanOrEqual(3);
    }
  });

  it("GIVEN two entries that fit alike and quote the same sentence THEN answered: offering both would be no choice", () => {
    const answer = answerer.answer("Weiß man schon, wer für Russland am Verhandlungstisch sitzt?");
    expect(answer).toMatchObject({ status: "answered", entryId: "representatives-not-announced" });
    const quotes = (id: string): string[] => answerer.knowledge.entries.find((e) => e.id === id)!.citations.map((c) => c.quote);
    // The runner-up quotes the same sentence: what makes the two one answer.
    expect(quotes("participants").some((quote) => quotes("representatives-not-announced").includes(quote))).toBe(true);
  });

  it("GIVEN two entries that fit alike, one quoting more of the same sentence THEN answered, not 'did you mean'", () => {
    const answer = answerer.answer("Which news agency did the White House official speak to?");
    expect(answer.status).toBe("answered");
    expect(answer.answer).toMatch(/AFP/);
    const quotes = (id: string): string[] => answerer.knowledge.entries.find((e) => e.id === id)!.citations.map((c) => c.quote);
    // announcement-who quotes the whole sentence, white-house-official its end.
    expect(
      quotes("announcement-who").some((whole) =>
        quotes("white-house-official").some((end) => whole.includes(end) && whole !== end),
      ),
    ).toBe(true);
  });

  it("GIVEN two entries that fit alike, quoting different parts of one sentence THEN answered, not 'did you mean'", () => {
    for (const question of ["who launched that dialogue", "wer hat den sicherheitsdialog ueberhaupt gestartet"]) {
      const answer = answerer.answer(question);
      expect(answer.status, question).toBe("answered");
      expect(answer.answer).toMatch(/Biden/);
    }
    const quotes = (id: string): string[] => answerer.knowledge.entries.find((e) => e.id === id)!.citations.map((c) => c.quote);
    // The dialogue's entry quotes the sentence's start, the summit's its end: neither holds the other.
    expect(
      quotes("strategic-security-dialogue").some((quote) => quotes("geneva-summit").some((other) => other.includes(quote))),
    ).toBe(false);
  });

  it("GIVEN greetings, thanks and help THEN smalltalk in the asker's language", () => {
    expect(answerer.answer("Hallo!")).toMatchObject({ status: "smalltalk", language: "de" });
    expect(answerer.answer("thank you so much")).toMatchObject({ status: "smalltalk", language: "en" });
    expect(answerer.answer("danke dir")).toMatchObject({ status: "smalltalk", language: "de" });
    expect(answerer.answer("help").answer).toMatch(/\/help/);
  });

  it("GIVEN empty, overlong or letterless input THEN invalid with a message", () => {
    expect(answerer.answer("   ")).toMatchObject({ status: "invalid", entryId: null });
    expect(answerer.answer("x".repeat(MAX_QUESTION_LENGTH + 1)).answer).toMatch(String(MAX_QUESTION_LENGTH));
    expect(answerer.answer("?!?")).toMatchObject({ status: "invalid" });
  });

  it("GIVEN a worry, then 'Wird sie das?' / 'Will it?' THEN the worry is what is asked", () => {
    for (const message of [
      "Ich hab Angst, dass die Ukraine bei den Verhandlungen einfach außen vor gelassen wird. Wird sie das?",
      "I'm worried Ukraine gets left out of the talks. Will it?",
    ]) {
      const answer = answerer.answer(message);
      expect(answer.status, message).toBe("answered");
      expect(
        answer.citations.map((c) => c.paragraph),
        message,
      ).toContain(18);
    }
  });

  it("GIVEN odd input THEN never throws", () => {
    for (const input of [
      "\u0000\u200f\u200d",
      "\ud800",
      "@everyone <@&1> <@2>",
      "```code```",
      "🙂".repeat(200),
      "a".repeat(100_000),
    ]) {
      expect(() => answerer.answer(input)).not.toThrow();
    }
  });

  it("GIVEN an entry id THEN answerEntry gives its answer in the asked language, with related questions", () => {
    const first = answerer.knowledge.entries.find((e) => e.related.length > 0)!;
    const answer = answerer.answerEntry(first.id, "en");
    expect(answer).toMatchObject({ status: "answered", entryId: first.id, language: "en", answer: first.answer.en });
    expect(answer?.related.length).toBe(first.related.length);
    expect(answerer.answerEntry("no-such-entry", "de")).toBeUndefined();
  });
});

describe("suggest", () => {
  it("GIVEN nothing typed THEN the first canonical questions in the language", () => {
    const suggestions = answerer.suggest("", "en", 5);
    expect(suggestions).toHaveLength(5);
    expect(suggestions[0]!.question).toBe(answerer.knowledge.entries[0]!.questions.en[0]);
  });

  it("GIVEN a half-typed word THEN completes it", () => {
    const suggestions = answerer.suggest("was ist mit der Kri", "de", 5);
    expect(suggestions.map((s) => s.entryId)).toContain("crimea-occupied");
  });
});
