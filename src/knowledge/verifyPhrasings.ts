import type { PhrasingsOfEntry } from "./phrasings.js";
import type { Problem } from "./problems.js";
import { normalizeQuoteText } from "./quotes.js";
import type { QaFile } from "./schema.js";
import { LANGUAGES } from "./types.js";
import { locate } from "./validate.js";
import type { YamlSource } from "./yamlSource.js";

/** A phrasing of this many words or more that stands in the article word for word is a copy (a name such
 * as "Organisation für Sicherheit und Zusammenarbeit in Europa" is seven). */
const COPY_MIN_WORDS = 8;

/** How two phrasings are compared for duplicates: case, width and spacing do not count. */
export function phrasingKey(text: string): string {
  return text.normalize("NFKC").toLowerCase().replace(/\s+/g, " ").trim();
}

/**
 * The checks across files: a bulk phrasing file for an entry that does not exist, one phrasing
 * under two entries (in qa.yaml or a bulk file), and a phrasing or question copied from the article
 * (people do not ask in the article's sentences; such a line teaches the matcher the article, not
 * the askers).
 */
export function verifyPhrasings(
  qa: QaFile,
  qaSource: YamlSource,
  qaFile: string,
  files: readonly PhrasingsOfEntry[],
  paragraphs: readonly string[],
): Problem[] {
  const problems: Problem[] = [];
  const owners = new Map<string, string>();
  const article = paragraphs.map((paragraph) => ` ${normalizeQuoteText(paragraph).toLowerCase()} `);
  const copiedFrom = (text: string): number | undefined => {
    const normalized = normalizeQuoteText(text).toLowerCase().replace(/[?!.]+$/, "");
    if (normalized.split(" ").length < COPY_MIN_WORDS) return undefined;
    const at = article.findIndex((paragraph) => paragraph.includes(normalized));
    return at < 0 ? undefined : at + 1;
  };

  qa.entries.forEach((entry, index) => {
    for (const language of LANGUAGES) {
      entry.questions[language].forEach((question, k) => {
        owners.set(phrasingKey(question), owners.get(phrasingKey(question)) ?? entry.id);
        const copied = copiedFrom(question);
        if (copied !== undefined) problems.push(locate(["entries", index, "questions", language, k], copyMessage(copied), qaSource, qaFile));
      });
    }
  });

  const ids = new Set(qa.entries.map((entry) => entry.id));
  for (const file of files) {
    if (!ids.has(file.entryId)) {
      problems.push({
        severity: "warning",
        file: file.file,
        line: 0,
        field: "",
        message: `no entry "${file.entryId}" in ${qaFile}: these phrasings are not used (rename or delete the file)`,
      });
      continue;
    }
    for (const language of LANGUAGES) {
      file.questions[language].forEach((phrasing, k) => {
        const at = (message: string): Problem => ({
          severity: "error",
          file: file.file,
          line: file.source.lineOf([language, k]),
          field: `${language}[${k}]`,
          message,
        });
        const key = phrasingKey(phrasing);
        const owner = owners.get(key);
        if (owner !== undefined && owner !== file.entryId) problems.push(at(`also listed under entry "${owner}"`));
        else owners.set(key, file.entryId);
        const copied = copiedFrom(phrasing);
        if (copied !== undefined) problems.push(at(copyMessage(copied)));
      });
    }
  }
  // Last: every entry's questions and phrasings are known by now.
  const answeredBy = (question: string): string | undefined => owners.get(phrasingKey(question));
  const bothMessage = (owner: string): string => `is a question of entry "${owner}": a question cannot be both answered and out of scope`;
  for (const language of LANGUAGES) {
    (qa.outOfScope?.[language] ?? []).forEach((question, k) => {
      const owner = answeredBy(question);
      if (owner !== undefined) problems.push(locate(["outOfScope", language, k], bothMessage(owner), qaSource, qaFile));
    });
    for (const file of files) {
      file.outOfScope[language].forEach((question, k) => {
        const owner = answeredBy(question);
        if (owner === undefined) return;
        const line = file.source.lineOf(["outOfScope", language, k]);
        problems.push({ severity: "error", file: file.file, line, field: `outOfScope.${language}[${k}]`, message: bothMessage(owner) });
      });
    }
  }

  return problems;
}

function copyMessage(paragraph: number): string {
  return `copies the article (¶${paragraph}) word for word: write it the way people ask`;
}
