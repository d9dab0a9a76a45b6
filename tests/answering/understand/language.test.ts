import { beforeAll, describe, expect, it } from "vitest";
import { detectLanguage, languageOfLocale } from "../../../src/answering/understand/language.js";
import { buildMatchIndex, type MatchIndex } from "../../../src/answering/index/matchIndex.js";
import { realKnowledge } from "../../support/realKnowledge.js";

let index: MatchIndex;
beforeAll(async () => {
  index = buildMatchIndex(await realKnowledge());
});

describe("detectLanguage", () => {
  it.each([
    ["Wann finden die Gespräche statt?", "de"],
    ["wann trift sich die nato", "de"],
    ["Was hat Russland auf der Krim gemacht", "de"],
    ["When are the bilateral talks?", "en"],
    ["What's the deal with Crimea", "en"],
    ["who represents the sides on january 10", "en"],
    ["what is the OSZE meeting about", "en"],
  ] as const)("GIVEN %s THEN %s, sure", (question, language) => {
    expect(detectLanguage(question, index)).toEqual({ language, sure: true });
  });

  it("GIVEN too little to tell THEN the hint decides, then German", () => {
    expect(detectLanguage("NATO", index, "en-US")).toEqual({ language: "en", sure: false });
    expect(detectLanguage("NATO", index, "de")).toEqual({ language: "de", sure: false });
    expect(detectLanguage("NATO", index, "fr")).toEqual({ language: "de", sure: false });
    expect(detectLanguage("NATO", index)).toEqual({ language: "de", sure: false });
  });

  it("GIVEN a clear question THEN the hint is ignored", () => {
    expect(detectLanguage("When are the talks?", index, "de").language).toBe("en");
    expect(detectLanguage("Wann sind die Gespräche?", index, "en-GB").language).toBe("de");
  });

  it("GIVEN Discord locales THEN de* is German, en* English, others unknown", () => {
    expect(languageOfLocale("de")).toBe("de");
    expect(languageOfLocale("en-US")).toBe("en");
    expect(languageOfLocale("fr")).toBeUndefined();
    expect(languageOfLocale(undefined)).toBeUndefined();
  });
});
