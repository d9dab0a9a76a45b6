import { admitsMissingDetail } from "../index/entryGaps.js";
import type { MatchIndex } from "../index/matchIndex.js";
import { givesDay, type Ranked } from "../rank/rank.js";
import type { Question } from "../understand/understand.js";
import { lexicalBar } from "./lexicalBar.js";

/** What the decision looks at, by name: the fitted weights are stored by these names. */
export const DECIDE_FEATURES = [
  "probability",
  "margin",
  "outOfScope",
  "lexical",
  "lexicalOverBar",
  "knownShare",
  "contentTerms",
  "agree",
  "intentMismatch",
  "mismatchedProbability",
  "dayMatch",
] as const;

export type DecideFeature = (typeof DECIDE_FEATURES)[number];
export type DecideVector = Readonly<Record<DecideFeature, number>>;

/**
 * How sure the rankers are about their best candidate, as numbers on comparable scales: the
 * learned probability and its lead over the runner-up, the out-of-scope probability, the lexical
 * score and how far it clears the length-dependent bar, how much of the question the knowledge
 * knows at all, how long it is, and whether both rankers chose the same entry.
 */
export function decideFeatures(question: Question, ranked: Ranked, index: MatchIndex): DecideVector {
  const [best, second] = ranked.candidates;
  const content = question.terms.filter((term) => !term.light && !term.term.startsWith("?"));
  const total = content.reduce((sum, term) => sum + term.weight, 0);
  const known = content.reduce((sum, term) => sum + (term.similarity > 0 ? term.weight * term.similarity : 0), 0);
  const mismatch = best === undefined ? 0 : intentMismatch(question, best.entry, index);
  const lexicalBest = ranked.candidates.reduce((top, c) => (c.lexicalRank > top.lexicalRank ? c : top), ranked.candidates[0]!);
  return {
    probability: best?.probability ?? 0,
    margin: (best?.probability ?? 0) - (second?.probability ?? 0),
    outOfScope: ranked.outOfScope,
    lexical: best?.lexical ?? 0,
    lexicalOverBar: (best?.lexical ?? 0) - lexicalBar(question.terms),
    knownShare: total > 0 ? known / total : 0,
    contentTerms: Math.log1p(new Set(content.map((term) => term.term)).size),
    agree: best !== undefined && lexicalBest !== undefined && lexicalBest.entry === best.entry ? 1 : 0,
    intentMismatch: mismatch,
    // A sure choice of an entry that never answers this kind of question is a sure sign of a near miss.
    mismatchedProbability: mismatch * (best?.probability ?? 0),
    // +1: the question names a day and the entry gives it; -1: it names one the entry does not give.
    dayMatch: question.days.length === 0 || best === undefined ? 0 : givesDay(question, index.entries[best.entry]!) ? 1 : -1,
  };
}

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
  "?total",
  "?exact",
  "?other",
  "?reaction",
]);

/** A finer detail or more of a list than the entry gives. */
const DETAIL_INTENTS = new Set(["?exact", "?other"]);

/**
 * How foreign the question's kind ("where", "since when", "who won") is to the entry: 1 when none
 * of its phrasings asks that way, 0 when it is how people ask for it (or the question has no kind).
 */
function intentMismatch(question: Question, entry: number, index: MatchIndex): number {
  const intents = new Set(question.terms.map((term) => term.term).filter((term) => FACT_INTENTS.has(term)));
  let mismatch = 0;
  for (const intent of intents) {
    // "What exactly is Putin accused of" asks for the entry itself; only an entry that says a detail
    // is missing ("does not name the treaties") is the wrong answer to "which treaties exactly".
    if (DETAIL_INTENTS.has(intent) && !admitsMissingDetail(index.entries[entry]!)) continue;
    mismatch = Math.max(mismatch, 1 - intentUse(intent, entry, index));
  }
  return mismatch;
}

/** How usual a kind of question is for the entry: 1 once a tenth of its phrasings ask that way. */
function intentUse(intent: string, entry: number, index: MatchIndex): number {
  return Math.min(1, (index.intentShare.get(intent)?.[entry] ?? 0) * 10);
}

/**
 * "Which treaties exactly?", "Putin's other demands?" put to an entry whose answer says the article
 * does not name or list them: the article does not answer it, however sure the choice of entry.
 */
export function asksForMissingDetail(question: Question, entry: number, index: MatchIndex): boolean {
  if (!admitsMissingDetail(index.entries[entry]!)) return false;
  return question.terms.some(({ term }) => DETAIL_INTENTS.has(term) && intentUse(term, entry, index) < 1);
}
