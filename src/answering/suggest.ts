import type { Entry } from "../knowledge/types.js";
import type { MatchIndex } from "./index/matchIndex.js";
import { tokenize, words } from "./text/normalize.js";
import { queryTerms } from "./understand/queryTerms.js";
import { scoreEntries } from "./retrieve/lexicalScore.js";
import type { Suggestion } from "./types.js";
import type { Language } from "../knowledge/types.js";

/** How many completions of the half-typed last word are tried. */
const MAX_COMPLETIONS = 6;

/**
 * Autocomplete: the entries that best fit what has been typed, the last word taken as the start
 * of a word. Nothing typed yet: the knowledge's first questions.
 */
export function suggestQuestions(
  prefix: string,
  language: Language,
  limit: number,
  index: MatchIndex,
  toSuggestion: (entry: Entry, language: Language) => Suggestion,
): Suggestion[] {
  const typed = prefix.slice(0, 500);
  if (words(typed).length === 0) return index.entries.slice(0, limit).map((entry) => toSuggestion(entry, language));

  const endsWord = /[\s?!.,;:]$/.test(typed);
  const head = tokenize(typed, language);
  const last = endsWord ? undefined : words(typed).at(-1);
  const scores = new Map<number, number>();
  // A limit of 0 or less cuts from the end below: then every entry must be kept.
  const perReading = limit > 0 ? limit : Infinity;
  const keep = (text: string): void => {
    // Each reading's best `limit` by score hold the best `limit` of all readings, so no more is needed.
    for (const r of scoreEntries(queryTerms(tokenize(text, language), index), index).topByScore(perReading)) {
      scores.set(r.entry, Math.max(scores.get(r.entry) ?? 0, r.score));
    }
  };
  keep(typed);
  if (last !== undefined && last.length >= 2) {
    const base = head
      .slice(0, -1)
      .map((t) => t.word)
      .join(" ");
    for (const completion of index.completeWord(last, MAX_COMPLETIONS)) keep(`${base} ${completion}`);
  }
  return [...scores.entries()]
    .sort((a, b) => b[1] - a[1] || a[0] - b[0])
    .slice(0, limit)
    .map(([entry]) => toSuggestion(index.entries[entry]!, language));
}
