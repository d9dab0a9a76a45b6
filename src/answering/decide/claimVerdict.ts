import type { Entry } from "../../knowledge/types.js";
import { daysIn, type DayOfMonth } from "../text/dates.js";
import type { Verdict } from "../types.js";
import type { Question } from "../understand/understand.js";

const daysOfEntry = new WeakMap<Entry, readonly DayOfMonth[]>();

/**
 * The days an entry's quotes and answer name, the quotes' first: the facts a claimed date is
 * compared with. (An answer also names the article's own date, "Monday, 27 December"; a quote
 * names the day of what it reports.)
 */
export function entryDays(entry: Entry): readonly DayOfMonth[] {
  let days = daysOfEntry.get(entry);
  if (days === undefined) {
    const texts = [...entry.citations.map((c) => c.quote), entry.answer.de, entry.answer.en];
    days = texts
      .flatMap((text) => daysIn(text))
      .filter((d, k, all) => all.findIndex((o) => o.day === d.day && o.month === d.month) === k);
    daysOfEntry.set(entry, days);
  }
  return days;
}

/**
 * Whether the entry that answers a claim confirms it: "no" when a day it names is not the entry's,
 * "yes" when every day it names is, "unsaid" when it names a day where the article gives none, or
 * words the knowledge never uses ("Blinken leads the delegation"). Undefined when there is nothing
 * to compare: then the answer is given as it is.
 */
export function claimVerdict(question: Question, entry: Entry): Verdict | undefined {
  const claimed = question.claim?.days;
  if (claimed === undefined) return undefined;
  if (claimed.length > 0) {
    const facts = entryDays(entry);
    if (facts.length === 0) return "unsaid";
    const holds = (d: DayOfMonth): boolean =>
      facts.some((f) => f.day === d.day && (d.month === undefined || f.month === undefined || f.month === d.month));
    return claimed.every(holds) ? "yes" : "no";
  }
  const unknown = question.terms.some(
    (term) => term.similarity === 0 && !term.light && !term.term.startsWith("?") && term.term.length >= 4,
  );
  return unknown ? "unsaid" : undefined;
}
