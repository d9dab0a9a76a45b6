import type { MatchIndex } from "./matchIndex.js";
import type { QueryTerm } from "./queryTerms.js";

export interface Ranked {
  readonly entry: number;
  /** 0–1: how well the entry explains the question: decides whether to answer. */
  readonly score: number;
  /** The same with named concepts weighed up: decides which entry. */
  readonly rankScore: number;
  /** The phrasing that matched best. */
  readonly phrasing: number;
}

/** How much the best single phrasing counts against the entry's whole vocabulary. */
const PHRASING_SHARE = 0.35;
/** A question worded exactly as one of the phrasings (same terms) should win over partial matches. */
const EXACT_BONUS = 0.1;
/** How much it counts that many of the entry's phrasings are about the question's terms. */
const SUPPORT_SHARE = 0.2;

/**
 * Scores only the entries that share a term with the question (through the inverted index).
 * A phrasing scores by the share of the question's weight it explains, damped when it leaves
 * much of itself unmatched; the entry adds how much of the question all its words explain.
 * Unknown words stay in the denominator, so a question about something else scores low.
 */
export function rankEntries(query: readonly QueryTerm[], index: MatchIndex): Ranked[] {
  const terms = dedupe(query);
  const acceptance = scoreWith(terms, index, (t) => t.weight);
  const choice = scoreWith(terms, index, (t) => t.rankWeight);
  const ranked: Ranked[] = [];
  for (const [entry, { score, phrasing }] of acceptance) {
    ranked.push({ entry, score, rankScore: choice.get(entry)?.score ?? score, phrasing });
  }
  return ranked.sort((a, b) => b.rankScore - a.rankScore || b.score - a.score || a.entry - b.entry);
}

function scoreWith(
  terms: readonly QueryTerm[],
  index: MatchIndex,
  weightOf: (term: QueryTerm) => number,
): Map<number, { score: number; phrasing: number }> {
  const scores = new Map<number, { score: number; phrasing: number }>();
  const totalWeight = terms.reduce((sum, t) => sum + (t.light && t.similarity > 0 ? 0 : weightOf(t)), 0);
  if (totalWeight === 0) return scores;

  const phrasingHit = new Map<number, number>();
  const phrasingCovered = new Map<number, number>();
  const phrasingTerms = new Map<number, number>();
  const bagHit = new Map<number, number>();
  for (const term of terms) {
    const { similarity } = term;
    if (similarity === 0) continue;
    const weight = weightOf(term);
    const idf = index.idf.get(term.term) ?? 0;
    for (const id of index.postings.get(term.term) ?? []) {
      phrasingHit.set(id, (phrasingHit.get(id) ?? 0) + weight * similarity);
      phrasingCovered.set(id, (phrasingCovered.get(id) ?? 0) + idf * similarity);
      phrasingTerms.set(id, (phrasingTerms.get(id) ?? 0) + 1);
    }
    for (const [entry, factor] of index.bag.get(term.term) ?? []) {
      bagHit.set(entry, (bagHit.get(entry) ?? 0) + weight * similarity * factor);
    }
  }

  const best = new Map<number, { score: number; phrasing: number; total: number }>();
  for (const [id, hit] of phrasingHit) {
    const phrasing = index.phrasings[id]!;
    const questionCoverage = Math.min(1, hit / totalWeight);
    const phrasingCoverage = Math.min(1, (phrasingCovered.get(id) ?? 0) / phrasing.weight);
    const exact = phrasingTerms.get(id) === terms.length && phrasing.terms.length === terms.length;
    const score = questionCoverage * (0.5 + 0.5 * phrasingCoverage) + (exact ? EXACT_BONUS : 0);
    const current = best.get(phrasing.entry);
    if (current === undefined) best.set(phrasing.entry, { score, phrasing: id, total: questionCoverage });
    else {
      current.total += questionCoverage;
      if (score > current.score) Object.assign(current, { score, phrasing: id });
    }
  }

  for (const [entry, hit] of bagHit) {
    const phrased = best.get(entry);
    const bagCoverage = Math.min(1, hit / totalWeight);
    const support = (phrased?.total ?? 0) / (index.phrasingCount[entry] ?? 1);
    const score =
      PHRASING_SHARE * (phrased?.score ?? 0) + (1 - PHRASING_SHARE - SUPPORT_SHARE) * bagCoverage + SUPPORT_SHARE * support;
    scores.set(entry, { score, phrasing: phrased?.phrasing ?? -1 });
  }
  return scores;
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
