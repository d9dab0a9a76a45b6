import { beforeAll, describe, expect, it } from "vitest";
import { entrySchema } from "../../src/knowledge/schema.js";
import { quoteStandsIn } from "../../src/knowledge/quotes.js";
import type { Knowledge } from "../../src/knowledge/types.js";
import { generateKnowledge, generateQueries } from "./generate.js";
import { realKnowledge } from "../support/realKnowledge.js";

let base: Knowledge;
beforeAll(async () => {
  base = await realKnowledge();
});

describe("generateKnowledge", () => {
  it("GIVEN the same seed THEN the same entries and questions; GIVEN another seed THEN others", () => {
    const once = generateKnowledge(base, 200, 7);
    const again = generateKnowledge(base, 200, 7);
    expect(again.knowledge.entries).toEqual(once.knowledge.entries);
    expect(generateQueries(again, 50, 3)).toEqual(generateQueries(once, 50, 3));
    expect(generateKnowledge(base, 200, 8).knowledge.entries).not.toEqual(once.knowledge.entries);
  });

  it("GIVEN a size THEN that many entries that pass the knowledge file's own checks", () => {
    const { knowledge } = generateKnowledge(base, 500, 1);
    expect(knowledge.entries).toHaveLength(500);
    expect(new Set(knowledge.entries.map((e) => e.id)).size).toBe(500);
    const questions = knowledge.entries.flatMap((e) => [...e.questions.de, ...e.questions.en]);
    expect(new Set(questions.map((q) => q.toLowerCase())).size).toBe(questions.length);
    for (const entry of knowledge.entries) {
      // Phrasings and near misses come from their own files, not from qa.yaml's entry.
      const written = Object.fromEntries(Object.entries(entry).filter(([key]) => key !== "phrasings" && key !== "outOfScope"));
      expect(entrySchema.safeParse(written).success).toBe(true);
      expect(entry.topic in knowledge.topics).toBe(true);
      for (const { paragraph, quote } of entry.citations) {
        expect(quoteStandsIn(quote, knowledge.article.paragraphs[paragraph - 1] ?? "")).toBe(true);
      }
    }
  });

  it("GIVEN queries THEN each names an existing entry and is worded unlike its phrasings", () => {
    const generated = generateKnowledge(base, 300, 2);
    const byId = new Map(generated.knowledge.entries.map((e) => [e.id, e]));
    for (const query of generateQueries(generated, 100, 5)) {
      const entry = byId.get(query.entryId);
      expect(entry).toBeDefined();
      expect([...entry!.questions.de, ...entry!.questions.en]).not.toContain(query.question);
    }
  });
});
