import { CONTENT_FACTOR, type MatchIndex } from "../index/matchIndex.js";
import { NONE, type TermWeights } from "./postingWalk.js";

/** Cursors over the bag lists of some of a question's known terms, walked entry by entry. */
export interface BagCursors {
  readonly terms: readonly TermWeights[];
  readonly at: number[];
  readonly end: number[];
}

export function openBags(terms: readonly TermWeights[], index: MatchIndex): BagCursors {
  const { start } = index.bag;
  return { terms, at: terms.map((t) => start[t.id]!), end: terms.map((t) => start[t.id + 1]!) };
}

/** The lowest entry at a cursor, or `below` when that is lower (NONE: no entry left). */
export function nextBagEntry(bags: BagCursors, index: MatchIndex, below = NONE): number {
  let next = below;
  for (let i = 0; i < bags.terms.length; i++) if (bags.at[i]! < bags.end[i]!) next = Math.min(next, index.bag.ids[bags.at[i]!]!);
  return next;
}

/**
 * `sum` plus what the entry's bag adds for acceptance, term by term in the question's order as
 * takeBag adds it (so `sum` is what the terms before these added); moves the cursors past it.
 */
export function addBag(bags: BagCursors, index: MatchIndex, entry: number, sum: number): number {
  const { ids, flags } = index.bag;
  for (let i = 0; i < bags.terms.length; i++) {
    const at = bags.at[i]!;
    if (at >= bags.end[i]! || ids[at] !== entry) continue;
    sum += bags.terms[i]!.accept * (flags[at] === 1 ? 1 : CONTENT_FACTOR);
    bags.at[i] = at + 1;
  }
  return sum;
}
