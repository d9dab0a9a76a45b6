import type { Answer } from "../../src/answering/types.js";
import type { ArticleMeta } from "../../src/knowledge/types.js";

/** Hand-made answers for the renderer tests: the renderers see only an `Answer`, whatever the core did. */
export const META: ArticleMeta = {
  headline: "USA und Russland verhandeln im Januar",
  language: "de",
  dateline: { de: "Montag (27. Dezember)", en: "Monday (27 December)" },
  talks: { de: "im Januar", en: "in January" },
};

export function sampleAnswer(overrides: Partial<Answer> = {}): Answer {
  return {
    question: "Wann finden die Gespräche statt?",
    status: "answered",
    language: "de",
    answer: "Am 10. Januar.",
    entryId: "talks-date",
    title: "Wann finden die Gespräche statt?",
    score: 0.9,
    citations: [{ paragraph: 6, quote: "Bilaterale Gespräche sind für den 10. Januar geplant" }],
    parts: [
      {
        entryId: "talks-date",
        title: "Wann finden die Gespräche statt?",
        answer: "Am 10. Januar.",
        citations: [{ paragraph: 6, quote: "Bilaterale Gespräche sind für den 10. Januar geplant" }],
      },
    ],
    suggestions: [],
    related: [{ entryId: "speaker-quote", question: "Was sagte der Sprecher?" }],
    topics: [],
    ...overrides,
  };
}
