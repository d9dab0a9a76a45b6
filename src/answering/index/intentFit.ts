import { givesCount } from "./entryFacts.js";
import { missingDetail } from "./entryGaps.js";
import type { MatchIndex } from "./matchIndex.js";

/**
 * The kinds of question that ask for one kind of fact: a "who" or "why" is often answered by an
 * entry about something else, a "where" or "since when" only by an entry that gives that fact.
 */
const FACT_INTENTS = new Set([
  "?when",
  "?where",
  "?outcome",
  "?count",
  "?age",
  "?duration",
  "?distance",
  "?clock",
  "?total",
  "?exact",
  "?other",
  "?reaction",
  "?opinion",
  "?lead",
]);

/** A finer detail or more of a list than the entry gives. */
export const DETAIL_INTENTS = new Set(["?exact", "?other"]);

/**
 * How foreign the question's kind ("where", "since when", "who won") is to the entry: 1 when none
 * of its phrasings asks that way, 0 when it is how people ask for it (or the question has no kind).
 */
export function intentMismatch(terms: readonly { readonly term: string }[], entry: number, index: MatchIndex): number {
  const intents = new Set(terms.map(({ term }) => term).filter((term) => FACT_INTENTS.has(term)));
  let mismatch = 0;
  for (const intent of intents) {
    // "What exactly is Putin accused of" asks for the entry itself; only an entry that says a detail
    // is missing ("does not name the treaties") is the wrong answer to "which treaties exactly".
    if (DETAIL_INTENTS.has(intent) && !detailMayBeMissing(intents, entry, index)) continue;
    mismatch = Math.max(mismatch, 1 - intentUse(intent, entry, index));
  }
  return mismatch;
}

/**
 * Kinds of question an entry answers outright when its phrasings ask them: "who exactly" asks who.
 * Not "where exactly" or "when exactly": the finer place or time is the detail articles leave out.
 */
const ANSWERED_KINDS = ["?who"] as const;

/**
 * A finer time is what an answer missing only a number still leaves out ("wann genau"); not a
 * place: "where exactly were the troops sent" is answered by the border the entry names (blind sets
 * asked it so six times, "wo genau an der Grenze" once).
 */
const TIME_COUNT = new Set(["?count", "?when"]);

/**
 * Whether "exactly", "other" in a question may ask for the detail an entry's answer says is missing:
 * not when the entry says nothing is missing, and not when the question asks who and the entry is
 * how people ask that ("who exactly threatened sanctions" asks who; the entry that does
 * not name which sanctions names who), and not when only a number is missing and the question asks
 * no number ("an welcher Grenze genau": the entry without the exact count names the border).
 */
export function detailMayBeMissing(terms: Iterable<string>, entry: number, index: MatchIndex): boolean {
  const gap = missingDetail(index.entries[entry]!);
  if (gap === "none") return false;
  const asked = [...terms];
  if (gap === "count" && !asked.some((term) => TIME_COUNT.has(term))) return false;
  // "Was für Sanktionen genau": the kind (economic) is given even where the particulars are not.
  if (asked.includes("?kind")) return false;
  for (const term of asked)
    if ((ANSWERED_KINDS as readonly string[]).includes(term) && intentUse(term, entry, index) >= 1) return false;
  return true;
}

/**
 * How usual a kind of question is for the entry: 1 once one in fifty of its phrasings asks that way.
 * A handful of "where" phrasings among two hundred is enough to say the answer gives the place
 * (grid on the tuning sets: one in ten → one in fifty +17 right, one in a hundred −28 declined).
 */
export function intentUse(intent: string, entry: number, index: MatchIndex): number {
  // "How many tracks is the alliance to agree on?": an answer that gives a count answers it.
  if (intent === "?count" && givesCount(index.entries[entry]!)) return 1;
  return Math.min(1, (index.intentShare.get(intent)?.[entry] ?? 0) * INTENT_USUAL);
}

const INTENT_USUAL = 50;
