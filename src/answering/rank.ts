import type { MatchIndex } from "./matchIndex.js";
import type { QueryTerm } from "./queryTerms.js";

export interface Ranked {
  readonly entry: number;
  /** 0–1: how well the entry explains the question. */
  readonly score: number;
  /** The phrasing that matched best. */
  readonly phrasing: number;
}

/** How much the best single phrasing counts against the entry's whole vocabulary. */
const PHRASING_SHARE = 0.55;

/**
 * Scores only the entries that share a term with the question (through the inverted index).
 * A phrasing scores by the share of the question's weight it explains, damped when it leaves
 * much of itself unmatched; the entry adds how much of the question all its words explain.
 * Unknown words stay in the denominator, so a question about something else scores low.
 */
export function rankEntries(query: readonly QueryTerm[], index: MatchIndex): Ranked[] {
  const terms = dedupe(query);
  const totalWeight = terms.reduce((sum, t) => sum + t.weight, 0);
  if (totalWeight === 0) return [];

  const phrasingHit = new Map<number, number>();
  const phrasingCovered = new Map<number, number>();
  const bagHit = new Map<number, number>();
  for (const { term, similarity, weight } of terms) {
    if (similarity === 0) continue;
    const idf = index.idf.get(term) ?? 0;
    for (const id of index.postings.get(term) ?? []) {
      phrasingHit.set(id, (phrasingHit.get(id) ?? 0) + weight * similarity);
      phrasingCovered.set(id, (phrasingCovered.get(id) ?? 0) + idf * similarity);
    }
    for (const [entry, factor] of index.bag.get(term) ?? []) {
      bagHit.set(entry, (bagHit.get(entry) ?? 0) + weight * similarity * factor);
    }
  }

  const best = new Map<number, { score: number; phrasing: number }>();
  for (const [id, hit] of phrasingHit) {
    const phrasing = index.phrasings[id]!;
    const questionCoverage = hit / totalWeight;
    const phrasingCoverage = Math.min(1, (phrasingCovered.get(id) ?? 0) / phrasing.weight);
    const score = questionCoverage * (0.5 + 0.5 * phrasingCoverage);
    const current = best.get(phrasing.entry);
    if (current === undefined || score > current.score) best.set(phrasing.entry, { score, phrasing: id });
  }

  const ranked: Ranked[] = [];
  for (const [entry, hit] of bagHit) {
    const phrased = best.get(entry);
    const bagCoverage = Math.min(1, hit / totalWeight);
    const score = PHRASING_SHARE * (phrased?.score ?? 0) + (1 - PHRASING_SHARE) * bagCoverage;
    ranked.push({ entry, score, phrasing: phrased?.phrasing ?? -1 });
  }
  return ranked.sort((a, b) => b.score - a.score || a.entry - b.entry);
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
