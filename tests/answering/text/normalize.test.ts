import { describe, expect, it } from "vitest";
import { foldWord, tokenize, words } from "../../../src/answering/text/normalize.js";

const terms = (text: string, language: "de" | "en") => tokenize(text, language).map((t) => t.term);

describe("normalize", () => {
  it("GIVEN umlauts, ß and their keyboard-less spellings THEN Gespräche, Gesprache and GESPRÄCHE fold alike", () => {
    expect(foldWord("Gespräche")).toBe("gesprache");
    expect(foldWord("GESPRÄCHE")).toBe("gesprache");
    expect(foldWord("Straße")).toBe("strasse");
    expect(foldWord("ﬁnal")).toBe("final");
  });

  it("GIVEN punctuation, hyphenated compounds and ordinals THEN words are split cleanly", () => {
    expect(words("NATO-Russland-Rat, am 12th?!")).toEqual(["nato", "russland", "rat", "am", "12"]);
    expect(words("What's Putin's plan")).toEqual(["what", "putins", "plan"]);
  });

  it("GIVEN a German numeric date THEN the month is spelled out", () => {
    expect(words("was ist am 13.1. los")).toEqual(["was", "ist", "am", "13", "januar", "los"]);
  });

  it("GIVEN stop words THEN they are dropped per language, question words become intents", () => {
    expect(terms("Wann finden die Gespräche statt?", "de")).toEqual(["?when", "find", "gesprach"]);
    expect(terms("Who represents the sides?", "en")).toEqual(["?lead", "?who", ...terms("represents sides", "en")]);
    expect(terms("Wie viele Truppen?", "de")).toEqual(["?count", "trupp"]);
  });

  it("GIVEN inflected forms THEN German and English stems meet", () => {
    expect(terms("Sanktionen", "de")).toEqual(terms("Sanktion", "de"));
    expect(terms("sanctions", "en")).toEqual(terms("sanction", "en"));
    expect(terms("Gespräche", "de")).toEqual(terms("Gesprache", "de"));
  });

  it("GIVEN 'how much of', 'wie viel von' THEN a share, not a number asked", () => {
    expect(terms("how much of crimea does russia hold", "en")).not.toContain("?count");
    expect(terms("wie viel von der krim ist besetzt", "de")).not.toContain("?count");
    expect(terms("how much money", "en")).toContain("?count");
  });

  it("GIVEN 'in all this' THEN the whole story, not the whole of something asked", () => {
    expect(terms("whats the deal with crimea in all this", "en")).not.toContain("?total");
    expect(terms("how many troops in all", "en")).toContain("?total");
  });

  it("GIVEN 'was für', 'what kind of' THEN asked the kind; 'welche genau' does not", () => {
    expect(terms("was fuer sanktionen genau", "de")).toEqual(expect.arrayContaining(["?kind", "?exact"]));
    expect(terms("what kind of force", "en")).toContain("?kind");
    expect(terms("welche sanktionen genau", "de")).not.toContain("?kind");
  });

  it("GIVEN 'the exact number of', 'die genaue Zahl der' THEN asked an exact count, as 'how many exactly'", () => {
    expect(terms("whats the exact number of russian troops", "en")).toEqual(expect.arrayContaining(["?exact", "?count"]));
    expect(terms("was ist die genaue zahl der soldaten", "de")).toEqual(expect.arrayContaining(["?exact", "?count"]));
    expect(terms("what number is on the photo", "en")).not.toContain("?count");
  });

  it("GIVEN 'how far from', 'wie weit … entfernt' THEN a distance asked; 'wie weit sind die Gespräche' is not", () => {
    expect(terms("how far is kyiv from the border", "en")).toContain("?distance");
    expect(terms("wie weit ist kiew von der grenze weg", "de")).toContain("?distance");
    expect(terms("wie weit sind die gespräche", "de")).not.toContain("?distance");
  });

  it("GIVEN 'who leads', 'wer vertritt' THEN asked who leads a side; 'who is the head of state' is not", () => {
    expect(terms("who's leading the nato side on january 12", "en")).toContain("?lead");
    expect(terms("wer vertritt die usa am 10. januar", "de")).toContain("?lead");
    expect(terms("who is the american head of state", "en")).not.toContain("?lead");
  });

  it("GIVEN 'what time', 'um wie viel Uhr' THEN the hour asked, which no date gives", () => {
    expect(terms("what time do the talks start on jan 10", "en")).toContain("?clock");
    expect(terms("um wie viel uhr beginnt das treffen", "de")).toContain("?clock");
    expect(terms("wann beginnt das treffen", "de")).not.toContain("?clock");
  });

  it("GIVEN 'when' after a question word THEN it joins a clause and asks nothing", () => {
    expect(terms("whats on the agenda when washington and moscow sit down", "en")).not.toContain("?when");
    expect(terms("when do washington and moscow sit down", "en")).toContain("?when");
  });

  it("GIVEN 'what do u guys think', 'predictions?' THEN an opinion asked", () => {
    expect(terms("will putin invade, what do u guys think", "en")).toContain("?opinion");
    expect(terms("will russia invade in january? predictions?", "en")).toContain("?opinion");
  });

  it("GIVEN 'wiviele', 'stehn', 'org' THEN read as 'wie viele', 'stehen', 'organisation'", () => {
    expect(terms("wiviele treffen stehn an", "de")).toContain("?count");
    expect(terms("which org hosts the meeting", "en")).toContain(terms("organisation", "en")[0]);
  });

  it("GIVEN 'nich' THEN 'nicht', a stop word, not an unknown word of its own", () => {
    expect(terms("das die ukraine nich vergessen wird", "de")).toEqual(terms("das die ukraine nicht vergessen wird", "de"));
  });

  it("GIVEN 'wasnt', 'werent' THEN 'was not', never corrected to a word like 'want'", () => {
    expect(terms("wasnt the summit in vienna", "en")).not.toContain("want");
    expect(terms("werent the troops there already", "en")).not.toContain("went");
  });

  it("GIVEN 'after the talks … attacked', 'did … achieve' THEN asked what came of the talks", () => {
    expect(terms("hat russland nach den gesprächen die ukraine angegriffen", "de")).toContain("?outcome");
    expect(terms("did the jan 12 nato meeting achieve anything", "en")).toContain("?outcome");
    expect(terms("What did the OSCE Permanent Council decide on January 13?", "en")).toContain("?outcome");
    expect(terms("what does the us want to achieve", "en")).not.toContain("?outcome");
  });

  it("GIVEN 'welcher Monat', 'welcher Tag' (der Monat, der Tag) THEN asked when, like 'in welchem Monat'", () => {
    expect(terms("welcher monat sind die gespraeche", "de")).toContain("?when");
    expect(terms("welcher tag ist das nato treffen", "de")).toContain("?when");
  });

  it("GIVEN 'did russia end up invading' THEN asked what came of it, which the article never reports", () => {
    expect(terms("did russia end up invading ukraine", "en")).toContain("?outcome");
    expect(terms("what did the talks end up being about", "en")).toContain("?outcome");
  });

  it("GIVEN 'geantwortet', 'in response' THEN asked for a reaction, which the article never reports", () => {
    expect(terms("Was hat Russland auf die Drohungen geantwortet?", "de")).toContain("?reaction");
    expect(terms("What did Moscow say in response to the threat?", "en")).toContain("?reaction");
  });

  it("GIVEN a question for the bot's own view THEN an opinion intent, not the words", () => {
    expect(terms("wird es krieg geben, was meinst du", "de")).toContain("?opinion");
    expect(terms("what do u think biden should do", "en")).toContain("?opinion");
    expect(terms("do you think there will be war", "en")).toContain("?opinion");
    expect(terms("what's your personal take on biden's foreign policy", "en")).toContain("?opinion");
    expect(terms("was meint der sprecher damit", "de")).not.toContain("?opinion");
  });

  it("GIVEN chat contractions THEN their meaning is kept", () => {
    expect(terms("whens the meeting", "en")).toEqual(["?when", "meet"]);
    expect(terms("what kinda sanctions r we talking", "en")).toEqual(terms("what kind of sanctions are we talking", "en"));
    expect(terms("bruh the sanctions tho", "en")).toEqual(terms("the sanctions", "en"));
    expect(terms("wann solln die gespräche sein", "de")).toEqual(terms("wann sollen die gespräche sein", "de"));
    expect(terms("wat day was this announced", "en")).toEqual(terms("what day was this announced", "en"));
    expect(terms("whats the deal w/ crimea", "en")).toEqual(terms("whats the deal with crimea", "en"));
    expect(terms("is am 12 januar auch was", "de")).toEqual(terms("ist am 12 januar auch was", "de"));
    expect(terms("was fürn gebiet", "de")).toEqual(terms("was für ein gebiet", "de"));
    expect(terms("im osten vonner ukraine", "de")).toEqual(terms("im osten von der ukraine", "de"));
    expect(terms("whne r the talks", "en")).toEqual(terms("when are the talks", "en"));
    expect(terms("when was that summit again", "en")).toEqual(terms("when was that summit", "en"));
    expect(terms("whats the name of the us prez", "en")).toEqual(terms("whats the name of the us president", "en"));
  });

  it("GIVEN words that are names of Object.prototype members THEN they are plain words", () => {
    expect(words("constructor toString __proto__ hasOwnProperty")).toEqual(
      ["constructor", "tostring", "__proto__", "hasownproperty"].flatMap((w) => words(w)),
    );
    expect(() => tokenize("what is the constructor of valueOf", "en")).not.toThrow();
    expect(terms("constructor", "en")).toHaveLength(1);
  });
});

describe("German stop words typed without umlauts", () => {
  it("GIVEN fuer, ueber, waere THEN stop words like für, über, wäre", async () => {
    const { isStopwordIn } = await import("../../../src/answering/text/normalize.js");
    for (const word of ["fuer", "fur", "ueber", "uber", "waere", "koennen"]) expect(isStopwordIn(word, "de"), word).toBe(true);
  });
});
