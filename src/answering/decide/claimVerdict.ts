import type { Entry } from "../../knowledge/types.js";
import { entryFacts, leastAmount } from "../index/entryFacts.js";
import { sameDay, type DayOfMonth } from "../text/dates.js";
import type { Verdict } from "../types.js";
import type { Question } from "../understand/understand.js";

/**
 * Whether the entry that answers a claim confirms it. "no" when a day, month or weekday it names
 * differs from the entry's; "yes" when every such detail agrees; "beyond" when it names a detail
 * of a kind the entry does not give at all (a year, a figure, a date where the article has none):
 * the article does not cover it; "unsaid" when it uses words the knowledge never uses ("Blinken
 * leads the delegation"): the article's answer is given with a note. Undefined when there is
 * nothing to compare.
 */
export function claimVerdict(question: Question, entry: Entry, eventDays: readonly DayOfMonth[]): ClaimCheck | undefined {
  const claimed = question.claim?.details;
  if (claimed === undefined) return undefined;
  const facts = entryFacts(entry);
  const checks: ("yes" | "no" | "beyond")[] = [];
  // "Will Ukraine come up on Jan 10 too?": a day of the article's own events names which talks
  // are meant; it is no claim about an entry that gives no day ("Ukraine is on the agenda").
  const namesTheTalks = facts.days.length === 0 && claimed.days.every((d) => eventDays.some((e) => sameDay(d, e)));
  if (claimed.days.length > 0 && !namesTheTalks) {
    if (facts.days.length === 0) checks.push("beyond");
    else {
      checks.push(claimed.days.every((d) => facts.days.some((f) => sameDay(d, f))) ? "yes" : "no");
    }
  }
  const alone = claimed.months.filter((m) => !claimed.days.some((d) => d.month === m));
  if (alone.length > 0)
    checks.push(facts.months.length === 0 ? "beyond" : alone.every((m) => facts.months.includes(m)) ? "yes" : "no");
  if (claimed.weekdays.length > 0) {
    checks.push(
      facts.weekdays.length === 0 ? "beyond" : claimed.weekdays.every((w) => facts.weekdays.includes(w)) ? "yes" : "no",
    );
  }
  if (claimed.numbers.length > 0) {
    // "Only about 1,000 new troops, right?" where the article says tens of thousands: too few is wrong; more is a figure it does not give.
    const least = leastAmount(entry);
    const tooFew = (n: number) => least !== undefined && n < least && !isYearLike(n);
    checks.push(
      claimed.numbers.every((n) => facts.numbers.includes(n))
        ? "yes"
        : claimed.numbers.some((n) => !facts.numbers.includes(n) && tooFew(n))
          ? "no"
          : "beyond",
    );
  }
  if (checks.includes("no")) return "no";
  if (checks.includes("beyond")) return "beyond";
  // A right date does not make "Blinken leads the delegation on 10 January" true.
  const unknown = question.terms.some(
    (term) => term.similarity === 0 && !term.light && !term.term.startsWith("?") && term.term.length >= 4,
  );
  if (unknown) return "unsaid";
  return checks.length > 0 ? "yes" : undefined;
}

/** A verdict, or "beyond": the claim names a detail the article does not give, so it is declined. */
export type ClaimCheck = Verdict | "beyond";

/** "In 2014": a year, which no amount in words is about. */
function isYearLike(n: number): boolean {
  return n >= 1900 && n <= 2100;
}
