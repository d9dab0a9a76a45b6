import type { Entry, Knowledge } from "../../knowledge/types.js";
import { detailsIn, type DayOfMonth, type Details } from "../text/dates.js";

const factsOfEntry = new WeakMap<Entry, Details>();

/**
 * The dates, months, weekdays and numbers an entry's quotes and answer name, the quotes' first:
 * the facts a claim is compared with. (An answer also names the article's own date, "Monday,
 * 27 December"; a quote names the day of what it reports.)
 */
export function entryFacts(entry: Entry): Details {
  let facts = factsOfEntry.get(entry);
  if (facts === undefined) {
    const all = [...entry.citations.map((c) => c.quote), entry.answer.de, entry.answer.en].map(detailsIn);
    facts = {
      days: all
        .flatMap((d) => d.days)
        .filter((d, k, days) => days.findIndex((o) => o.day === d.day && o.month === d.month) === k),
      months: [...new Set(all.flatMap((d) => d.months))],
      weekdays: [...new Set(all.flatMap((d) => d.weekdays))],
      numbers: [...new Set(all.flatMap((d) => d.numbers))],
    };
    factsOfEntry.set(entry, facts);
  }
  return facts;
}

/** Amounts named in words, with the least they can mean ("zehntausende neue Truppen": at least 10,000). */
const AMOUNT_WORDS: readonly (readonly [RegExp, number])[] = [
  [/\b(?:hunderttausende?[nr]?|hundreds of thousands)\b/i, 100_000],
  [/\b(?:zehntausende?[nr]?|tens of thousands)\b/i, 10_000],
  [/\b(?:tausende?[nr]?|thousands)\b/i, 1_000],
];

const leastAmountOf = new WeakMap<Entry, number | undefined>();

/**
 * The least amount the entry's answer names in words, the largest such word counting ("tens of
 * thousands" holds "thousands"): a claimed figure below it contradicts the article, one above it
 * is a precision the article does not give.
 */
export function leastAmount(entry: Entry): number | undefined {
  if (leastAmountOf.has(entry)) return leastAmountOf.get(entry);
  const text = `${entry.answer.de} ${entry.answer.en}`;
  const least = AMOUNT_WORDS.find(([pattern]) => pattern.test(text))?.[1];
  leastAmountOf.set(entry, least);
  return least;
}

/** A count in words, or a figure that is no year ("zwei Wege", "three meetings", "tens of thousands", "175,000"). */
const COUNT_WORDS =
  /\b(?:zwei|drei|vier|fünf|two|three|four|five|(?:zehn|hundert)?tausende?[nr]?|(?:tens|hundreds) of thousands|thousands)\b/i;

const countsOf = new WeakMap<Entry, boolean>();

/** Whether the entry's answer gives a count: then it answers "how many" however its phrasings ask. */
export function givesCount(entry: Entry): boolean {
  let counts = countsOf.get(entry);
  if (counts === undefined) {
    const text = `${entry.answer.de} ${entry.answer.en}`;
    counts = COUNT_WORDS.test(text) || detailsIn(text).numbers.some((n) => n < 1900 || n > 2100);
    countsOf.set(entry, counts);
  }
  return counts;
}

const quotedDaysOf = new WeakMap<Entry, readonly DayOfMonth[]>();

/** The days of the month the entry's quotes name: what the article itself dates (not the article's own date in an answer). */
export function quotedDays(entry: Entry): readonly DayOfMonth[] {
  let days = quotedDaysOf.get(entry);
  if (days === undefined) quotedDaysOf.set(entry, (days = entry.citations.flatMap((c) => detailsIn(c.quote).days)));
  return days;
}

/** The days an entry names, for comparisons ("which is earlier"). */
export function entryDays(entry: Entry): readonly DayOfMonth[] {
  return entryFacts(entry).days;
}

const daysOfKnowledge = new WeakMap<Knowledge, readonly DayOfMonth[]>();

/** Every day some entry names: the days of the article's events (10, 12, 13 January, …). */
export function knowledgeDays(knowledge: Knowledge): readonly DayOfMonth[] {
  let days = daysOfKnowledge.get(knowledge);
  if (days === undefined) {
    days = knowledge.entries.flatMap((entry) => entryFacts(entry).days);
    daysOfKnowledge.set(knowledge, days);
  }
  return days;
}
