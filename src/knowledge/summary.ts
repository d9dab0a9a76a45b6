import { LANGUAGES, type Knowledge, type Language } from "./types.js";

/** "48 entries, 21 of 22 paragraphs cited (missing ¶11), phrasings de 520 / en 505, 0 warnings" */
export function summarizeKnowledge(knowledge: Knowledge, warnings: number): string {
  const cited = new Set(knowledge.entries.flatMap((entry) => entry.citations.map((c) => c.paragraph)));
  const total = knowledge.article.paragraphs.length;
  const missing = Array.from({ length: total }, (_, k) => k + 1).filter((n) => !cited.has(n));
  const count = (language: Language): number => knowledge.entries.reduce((sum, e) => sum + e.questions[language].length, 0);
  const phrasings = LANGUAGES.map((language) => `${language} ${count(language)}`).join(" / ");
  const gaps = missing.length === 0 ? "" : ` (not cited: ¶${missing.join(", ¶")})`;
  return `${knowledge.entries.length} entries, ${cited.size} of ${total} paragraphs cited${gaps}, phrasings ${phrasings}, ${warnings} warning${warnings === 1 ? "" : "s"}`;
}
