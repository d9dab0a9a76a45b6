import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { buildMatchIndex, type MatchIndex } from "../../../src/answering/index/matchIndex.js";
import { detectLanguage } from "../../../src/answering/understand/language.js";
import { realKnowledge } from "../../support/realKnowledge.js";

let index: MatchIndex;
beforeAll(async () => {
  index = buildMatchIndex(await realKnowledge());
});

/** 220 short messages per language (1–6 words, chat and questions), written apart from the detector. */
const SET = readFileSync("tests/answering/understand/shortQuestions.jsonl", "utf8")
  .split("\n")
  .filter((line) => line.trim().length > 0)
  .map((line) => JSON.parse(line) as { lang: "de" | "en"; q: string });

describe("language of short messages", () => {
  it.each(["de", "en"] as const)("GIVEN 200+ short %s messages and no hint THEN at least 98%% detected", (language) => {
    const items = SET.filter((item) => item.lang === language);
    expect(items.length).toBeGreaterThanOrEqual(200);
    const wrong = items.filter((item) => detectLanguage(item.q, index).language !== language);
    expect(1 - wrong.length / items.length, wrong.map((item) => item.q).join(" | ")).toBeGreaterThanOrEqual(0.98);
  });
});
