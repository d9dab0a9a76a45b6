import { locateQuote, normalizeQuoteText, quoteStandsIn, repeats } from "./quotes.js";
import type { LooseQa } from "./looseQa.js";
import type { Problem } from "./problems.js";
import { LANGUAGES } from "./types.js";
import { locate } from "./validate.js";
import type { YamlSource } from "./yamlSource.js";

/**
 * The checks a schema cannot make: unique ids, known topics and related ids, no question under
 * two entries, and every quote verbatim in its paragraph. Collects every problem, not just the first,
 * and checks what can be read even of a file the schema refuses (a field missing is the schema's to report).
 */
export function verifyQa(data: LooseQa, paragraphs: readonly string[], source: YamlSource, file: string): Problem[] {
  const problems: Problem[] = [];
  const error = (path: PropertyKey[], message: string): void => {
    problems.push(locate(path, message, source, file));
  };
  const warn = (path: PropertyKey[], message: string): void => {
    problems.push({ ...locate(path, message, source, file), severity: "warning" });
  };

  const entries = data.entries ?? [];
  const ids = new Map<string, number>();
  entries.forEach((entry, index) => {
    if (entry?.id === undefined) return;
    const first = ids.get(entry.id);
    if (first === undefined) ids.set(entry.id, index);
    else error(["entries", index, "id"], `duplicate id (first used by entry #${first + 1})`);
  });

  const seenQuestions = new Map<string, string>();
  const topics = data.topics;
  entries.forEach((entry, index) => {
    if (entry === undefined) return;
    const id = entry.id ?? `#${index + 1}`;
    if (topics !== undefined && entry.topic !== undefined && !(entry.topic in topics)) {
      error(["entries", index, "topic"], `unknown topic "${entry.topic}" (known: ${Object.keys(topics).join(", ")})`);
    }
    for (const [k, related] of (entry.related ?? []).entries()) {
      if (related === undefined) continue;
      if (!ids.has(related)) error(["entries", index, "related", k], `unknown entry id "${related}"`);
      else if (related === entry.id) error(["entries", index, "related", k], "an entry cannot be related to itself");
    }
    for (const language of LANGUAGES) {
      (entry.questions?.[language] ?? []).forEach((question, k) => {
        if (question === undefined) return;
        const key = question.normalize("NFKC").toLowerCase().replace(/\s+/g, " ").trim();
        const owner = seenQuestions.get(key);
        if (owner !== undefined && owner !== id) {
          error(["entries", index, "questions", language, k], `question also listed under entry "${owner}"`);
        } else seenQuestions.set(key, id);
      });
    }
    (entry.citations ?? []).forEach((citation, k) => {
      if (citation === undefined) return;
      const paragraph = paragraphs[citation.paragraph - 1];
      if (paragraph === undefined) {
        error(["entries", index, "citations", k, "paragraph"], `the article has ${paragraphs.length} paragraphs, not ${citation.paragraph}`);
        return;
      }
      if (!quoteStandsIn(citation.quote, paragraph)) {
        const elsewhere = locateQuote(citation.quote, paragraphs);
        const hint = elsewhere.length > 0 ? ` (it stands in ¶${elsewhere.join(", ¶")})` : "";
        error(["entries", index, "citations", k, "quote"], `not found in ¶${citation.paragraph}${hint}`);
        return;
      }
      // A quote that stands in an earlier paragraph too may cite the wrong one. An earlier paragraph
      // that only repeats the cited one does not count: a photo caption (¶2 here) quotes the text
      // below it, and the text, not the caption, is the source to cite.
      const earlier = locateQuote(citation.quote, paragraphs.slice(0, citation.paragraph - 1)).filter(
        (n) => !repeats(paragraphs[n - 1]!, paragraph),
      );
      if (earlier.length > 0 && normalizeQuoteText(citation.quote).length > 0) {
        warn(["entries", index, "citations", k, "quote"], `also stands in the earlier ¶${earlier.join(", ¶")}`);
      }
    });
  });
  return problems;
}
