import type { Entry } from "../knowledge/types.js";
import type { MatchIndex } from "./index/matchIndex.js";
import { tokenize, words } from "./text/normalize.js";
import { queryTerms } from "./understand/queryTerms.js";
import { scoreReadings } from "./retrieve/readingScores.js";
import { selectTop } from "./retrieve/selectTop.js";
import type { Suggestion } from "./types.js";
import type { Language } from "../knowledge/types.js";

/** How many completions of the half-typed last word are tried. */
const MAX_COMPLETIONS = 6;

/**
 * Autocomplete: the entries that best fit what has been typed, the last word taken as the start
 * of a word, each by its best score over the readings. Nothing typed yet: the knowledge's first questions.
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
  const texts = [typed];
  if (last !== undefined && last.length >= 2) {
    const base = head
      .slice(0, -1)
      .map((t) => t.word)
      .join(" ");
    for (const completion of index.completeWord(last, MAX_COMPLETIONS)) texts.push(`${base} ${completion}`);
  }
  const best = bestScores(index);
  scoreReadings(
    texts.map((text) => queryTerms(tokenize(text, language), index)),
    index,
    (entry, score) => {
      const seen = best.score[entry]! >= 0;
      if (!seen) best.entries[best.count++] = entry;
      best.score[entry] = Math.max(seen ? best.score[entry]! : 0, score);
    },
  );
  return takeBest(best, limit).map((entry) => toSuggestion(index.entries[entry]!, language));
}

/**
 * The first `limit` entries by best score, then id; clears the scores for the next call. (Taking
 * each reading's first `limit` before the best of all, as this once did, chooses the same: an entry
 * is among the first `limit` of all only if it is among those of the reading it scored best in.)
 */
function takeBest(best: BestScores, limit: number): number[] {
  const { entries, score, count } = best;
  const order = (a: number, b: number): number => score[entries[b]!]! - score[entries[a]!]! || entries[a]! - entries[b]!;
  // A limit of 0 or less cuts from the end, as slice does: then every entry is sorted.
  const slots =
    limit > 0
      ? selectTop(count, limit, (a, b) => order(a, b) < 0)
      : Array.from({ length: count }, (_, slot) => slot)
          .sort(order)
          .slice(0, limit);
  const chosen = slots.map((slot) => entries[slot]!);
  for (let slot = 0; slot < count; slot++) score[entries[slot]!] = -1;
  best.count = 0;
  return chosen;
}

/**
 * Each entry's best score over the readings (-1: not scored yet; scores are never below 0) and the
 * entries scored, kept per index and cleared after each call: a Map and a ranking per reading were
 * most of what autocomplete left to the garbage collector.
 */
interface BestScores {
  readonly score: Float64Array;
  readonly entries: Int32Array;
  count: number;
}

const bestOf = new WeakMap<MatchIndex, BestScores>();

function bestScores(index: MatchIndex): BestScores {
  let best = bestOf.get(index);
  if (best === undefined) {
    const size = index.entries.length;
    bestOf.set(index, (best = { score: new Float64Array(size).fill(-1), entries: new Int32Array(size), count: 0 }));
  }
  return best;
}
