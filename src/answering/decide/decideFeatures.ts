import { withholdsName } from "../index/entryGaps.js";
import { DETAIL_INTENTS, detailMayBeMissing, intentMismatch, intentUse } from "../index/intentFit.js";
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
  const mismatch = best === undefined ? 0 : intentMismatch(question.terms, best.entry, index);
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
 * "Which treaties exactly?", "Putin's other demands?", "what is his name?" put to an entry whose answer says the article
 * does not name or list them: the article does not answer it, however sure the choice of entry.
 */
export function asksForMissingDetail(question: Question, entry: number, index: MatchIndex): boolean {
  // "What's the name of the NSC spokesperson?" put to the entry that says he is not named.
  if (question.asksName && withholdsName(index.entries[entry]!)) return true;
  if (
    !detailMayBeMissing(
      question.terms.map(({ term }) => term),
      entry,
      index,
    )
  )
    return false;
  // "Which other demands?" asks for the very part the answer says is missing, however often people ask it.
  return question.terms.some(({ term }) => term === "?other" || (DETAIL_INTENTS.has(term) && intentUse(term, entry, index) < 1));
}
