import { sentencesOf } from "../../knowledge/quotes.js";
import type { Knowledge } from "../../knowledge/types.js";
import { knowledgeDays, quotedDays } from "../index/entryFacts.js";
import type { MatchIndex } from "../index/matchIndex.js";
import type { Matcher } from "../matcher.js";
import { detailsIn, sameDay, type DayOfMonth } from "../text/dates.js";
import { tokenize } from "../text/normalize.js";
import { queryTerms } from "../understand/queryTerms.js";
import type { Question } from "../understand/understand.js";

/**
 * "Who leads the NATO delegation at the Jan 12 meeting?", "who heads the US delegation at the OSCE
 * meeting?" put to the entry on who represents the sides on the 10th: a "who" question about
 * another of the article's events, named by its day or by a word of the sentence that dates it
 * (one the entry itself never uses), so the entry answers about a different meeting.
 */
export function asksAboutOtherEvent(question: Question, entry: number, matcher: Matcher): boolean {
  // Only "who": a question about a date is answered by the entry's date ("isn't the bilateral meeting on the 12th?").
  if (!question.terms.some(({ term }) => term === "?who")) return false;
  const dated = quotedDays(matcher.knowledge.entries[entry]!);
  if (dated.length === 0) return false;
  const other = (day: DayOfMonth): boolean => !dated.some((d) => sameDay(day, d));
  if (question.days.length > 0) {
    const events = knowledgeDays(matcher.knowledge);
    return question.days.every((d) => events.some((e) => sameDay(d, e)) && other(d));
  }
  const naming = eventWords(matcher.knowledge, matcher.index);
  return question.terms.some(({ term }) => {
    const days = naming.get(term);
    return days !== undefined && days.every(other) && !entryUses(term, entry, matcher.index);
  });
}

const eventWordsOf = new WeakMap<Knowledge, ReadonlyMap<string, readonly DayOfMonth[]>>();

/** Each term of a quoted sentence that dates an event → the days of the sentences it stands in. */
function eventWords(knowledge: Knowledge, index: MatchIndex): ReadonlyMap<string, readonly DayOfMonth[]> {
  let words = eventWordsOf.get(knowledge);
  if (words !== undefined) return words;
  const found = new Map<string, DayOfMonth[]>();
  for (const entry of knowledge.entries) {
    if (quotedDays(entry).length === 0) continue;
    for (const citation of entry.citations) {
      // Sentence by sentence: "… am 12. Januar ein Treffen … Am 13. Januar … in der OSZE" names two events.
      for (const sentence of sentencesOf(citation.quote)) {
        const days = detailsIn(sentence).days;
        if (days.length === 0) continue;
        for (const { term } of queryTerms(tokenize(sentence, knowledge.article.meta.language), index)) {
          if (term.startsWith("?")) continue;
          const known = found.get(term) ?? [];
          found.set(term, [...known, ...days.filter((d) => !known.some((k) => sameDay(k, d)))]);
        }
      }
    }
  }
  eventWordsOf.set(knowledge, (words = found));
  return words;
}

/** Whether the entry's questions or answer use the term at all. */
function entryUses(term: string, entry: number, index: MatchIndex): boolean {
  const id = index.termIds.get(term);
  if (id === undefined) return false;
  for (let k = index.bag.start[id]!; k < index.bag.start[id + 1]!; k++) if (index.bag.ids[k] === entry) return true;
  return false;
}
