import type { MatchIndex } from "../index/matchIndex.js";
import { bestOfRun, createRun, type PhrasingRun, type RunBest } from "./phrasingRun.js";
import {
  maxEntries,
  NONE,
  nextEntry,
  openWalk,
  takeBag,
  takePhrasing,
  type PhrasingSums,
  type TermWeights,
} from "./postingWalk.js";
import type { QueryTerm } from "../understand/queryTerms.js";
import { createRanking, type Ranked, type Ranking } from "./ranking.js";

export type { Ranked, Ranking };

/** How much the best single phrasing counts against the entry's whole vocabulary. */
const PHRASING_SHARE = 0.35;
/** A question worded exactly as one of the phrasings (same terms) should win over partial matches. */
const EXACT_BONUS = 0.1;
/** How much it counts that many of the entry's phrasings are about the question's terms. */
const SUPPORT_SHARE = 0.2;

/** Every entry sharing a term with the question, best first (see `scoreEntries`). */
export function rankEntries(query: readonly QueryTerm[], index: MatchIndex): Ranked[] {
  const ranking = scoreEntries(query, index);
  return ranking.top(ranking.size);
}

/**
 * Scores only the entries that share a term with the question (through the inverted index).
 * A phrasing scores by the share of the question's weight it explains, damped when it leaves
 * much of itself unmatched; the entry adds how much of the question all its words explain.
 * Unknown words stay in the denominator, so a question about something else scores low.
 * Two weightings are scored: `weight` (acceptance: `score`) and `rankWeight` (choice: `rankScore`).
 *
 * The posting lists are walked entry by entry (see postingWalk.ts); sums are still added term by
 * term in the question's order and an entry's phrasings taken in the order a term-by-term walk
 * met them, so every score is the same float, bit for bit, as when each term was added to Maps.
 */
export function scoreEntries(query: readonly QueryTerm[], index: MatchIndex): Ranking {
  const { termCount: questionTerms, acceptTotal, chooseTotal, known } = prepareQuestion(query, index);
  const walk = openWalk(known, index);
  const { ofEntry, weight, termCount } = index.phrasings;
  const out = createRanking(maxEntries(walk));
  const run = runFor(index);
  const hit: PhrasingSums = { phrasing: 0, firstTerm: 0, accept: 0, choose: 0, covered: 0, held: 0 };
  const best: RunBest = { accept: 0, choose: 0, totalAccept: 0, totalChoose: 0, phrasing: -1 };
  const bag = new Float64Array(2);

  for (let entry = nextEntry(walk); entry !== NONE; entry = nextEntry(walk)) {
    takeBag(walk, entry, bag);
    const end = ofEntry[entry + 1]!;
    run.length = 0;
    while (takePhrasing(walk, end, hit)) {
      const p = hit.phrasing;
      const factor = phrasingFactor(hit.covered, weight[p]!);
      const exact = hit.held === questionTerms && termCount[p] === questionTerms;
      const acceptCoverage = Math.min(1, hit.accept / acceptTotal);
      const chooseCoverage = Math.min(1, hit.choose / chooseTotal);
      const k = run.length++;
      run.firstTerm[k] = hit.firstTerm;
      run.phrasing[k] = p;
      run.accept[k] = phrasingScore(acceptCoverage, factor, exact);
      run.choose[k] = phrasingScore(chooseCoverage, factor, exact);
      run.acceptCoverage[k] = acceptCoverage;
      run.chooseCoverage[k] = chooseCoverage;
    }
    bestOfRun(run, best);
    const phrasings = end - ofEntry[entry]!;
    const score = entryScore(best.accept, bag[0]! / acceptTotal, best.totalAccept, phrasings);
    // With no choice weight at all the acceptance score decides, as it always did.
    const rankScore = chooseTotal === 0 ? score : entryScore(best.choose, bag[1]! / chooseTotal, best.totalChoose, phrasings);
    out.push(entry, score, rankScore, best.phrasing);
  }
  return out.done();
}

/** What scoring takes of a question: its known terms, and what all its terms add up to. */
export interface PreparedQuestion {
  /** How many distinct terms it has, known or not: a phrasing with that many, all of them, is exact. */
  readonly termCount: number;
  readonly acceptTotal: number;
  readonly chooseTotal: number;
  /** The terms the index knows, in the question's order; none when nothing weighs (acceptTotal 0). */
  readonly known: readonly TermWeights[];
}

export function prepareQuestion(query: readonly QueryTerm[], index: MatchIndex): PreparedQuestion {
  const terms = dedupe(query);
  const acceptTotal = terms.reduce((sum, t) => sum + (t.light && t.similarity > 0 ? 0 : t.weight), 0);
  const chooseTotal = terms.reduce((sum, t) => sum + (t.light && t.similarity > 0 ? 0 : t.rankWeight), 0);
  return { termCount: terms.length, acceptTotal, chooseTotal, known: acceptTotal === 0 ? [] : knownTerms(terms, index) };
}

/** How much of itself a phrasing's matched terms cover (`covered` of its `weight`), as the factor its score is damped by. */
export function phrasingFactor(covered: number, weight: number): number {
  return 0.5 + 0.5 * Math.min(1, covered / weight);
}

/** A phrasing's score: the share of the question it explains (`coverage`), damped by its phrasingFactor. */
export function phrasingScore(coverage: number, factor: number, exact: boolean): number {
  return coverage * factor + (exact ? EXACT_BONUS : 0);
}

const runs = new WeakMap<MatchIndex, PhrasingRun>();

/** One run per index, reused by every question: scoring is synchronous, so no two scorings share it. */
function runFor(index: MatchIndex): PhrasingRun {
  let run = runs.get(index);
  if (run === undefined) runs.set(index, (run = createRun(index.phrasings.maxPerEntry)));
  return run;
}

/** An entry's score from its best phrasing's, the share of the question its bag holds, and its phrasings' summed coverage. */
export function entryScore(best: number, bagShare: number, total: number, phrasings: number): number {
  const bagCoverage = Math.min(1, bagShare);
  const support = total / phrasings;
  return PHRASING_SHARE * best + (1 - PHRASING_SHARE - SUPPORT_SHARE) * bagCoverage + SUPPORT_SHARE * support;
}

/** The question's terms the index knows, with what each adds (the same products as ever: the same floats). */
function knownTerms(terms: readonly QueryTerm[], index: MatchIndex): TermWeights[] {
  return terms.flatMap((term) => {
    const id = term.similarity === 0 ? undefined : index.termIds.get(term.term);
    if (id === undefined) return [];
    const { similarity } = term;
    return [{ id, accept: term.weight * similarity, choose: term.rankWeight * similarity, covered: index.idf[id]! * similarity }];
  });
}

/** A term asked twice counts once, with its surest spelling. */
function dedupe(query: readonly QueryTerm[]): QueryTerm[] {
  const byTerm = new Map<string, QueryTerm>();
  for (const term of query) {
    const seen = byTerm.get(term.term);
    if (seen === undefined || term.similarity > seen.similarity) byTerm.set(term.term, term);
  }
  return [...byTerm.values()];
}
