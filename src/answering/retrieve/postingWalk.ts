import { CONTENT_FACTOR, type MatchIndex } from "../index/matchIndex.js";

/** No more ids in a list (above any entry or phrasing id). */
export const NONE = 0x7fffffff;

/** What one known term of the question adds where it occurs (the products the scores use). */
export interface TermWeights {
  readonly id: number;
  readonly accept: number;
  readonly choose: number;
  readonly covered: number;
}

/** The sums of one phrasing that holds some of the question's terms. */
export interface PhrasingSums {
  phrasing: number;
  /** The first of the question's terms it holds: when a term-by-term walk would have met it. */
  firstTerm: number;
  accept: number;
  choose: number;
  covered: number;
  /** How many of the question's terms it holds. */
  held: number;
}

/**
 * Cursors over the posting lists of the question's known terms, in the question's order. Both
 * kinds of list are sorted by id, and an entry's phrasings have consecutive ids, so the lists
 * are walked side by side, entry after entry: every sum is complete when the walk leaves an
 * entry, with no accumulator per phrasing or entry in memory and only sequential reads.
 */
export interface PostingWalk {
  readonly index: MatchIndex;
  readonly terms: readonly TermWeights[];
  readonly bagAt: Int32Array;
  readonly bagEnd: Int32Array;
  readonly bagHead: Int32Array;
  readonly postingAt: Int32Array;
  readonly postingEnd: Int32Array;
  readonly postingHead: Int32Array;
}

export function openWalk(terms: readonly TermWeights[], index: MatchIndex): PostingWalk {
  const { bag, postings } = index;
  const walk = {
    index,
    terms,
    bagAt: Int32Array.from(terms, (t) => bag.start[t.id]!),
    bagEnd: Int32Array.from(terms, (t) => bag.start[t.id + 1]!),
    bagHead: new Int32Array(terms.length),
    postingAt: Int32Array.from(terms, (t) => postings.start[t.id]!),
    postingEnd: Int32Array.from(terms, (t) => postings.start[t.id + 1]!),
    postingHead: new Int32Array(terms.length),
  };
  for (let i = 0; i < terms.length; i++) {
    walk.bagHead[i] = walk.bagAt[i]! < walk.bagEnd[i]! ? bag.ids[walk.bagAt[i]!]! : NONE;
    walk.postingHead[i] = walk.postingAt[i]! < walk.postingEnd[i]! ? postings.ids[walk.postingAt[i]!]! : NONE;
  }
  return walk;
}

/** At most this many entries can come out of the walk. */
export function maxEntries(walk: PostingWalk): number {
  let sum = 0;
  for (let i = 0; i < walk.terms.length; i++) sum += walk.bagEnd[i]! - walk.bagAt[i]!;
  return Math.min(walk.index.entries.length, sum);
}

/** The lowest entry id at the head of a bag list, or NONE when all are done. */
export function nextEntry(walk: PostingWalk): number {
  let next = NONE;
  for (let i = 0; i < walk.terms.length; i++) if (walk.bagHead[i]! < next) next = walk.bagHead[i]!;
  return next;
}

/**
 * The entry's bag weights (accept into sums[0], choose into sums[1]), added term by term in the
 * question's order as they always were; moves the bag cursors past the entry.
 */
export function takeBag(walk: PostingWalk, entry: number, sums: Float64Array): void {
  const { ids, flags } = walk.index.bag;
  let accept = 0;
  let choose = 0;
  for (let i = 0; i < walk.terms.length; i++) {
    if (walk.bagHead[i] !== entry) continue;
    const factor = flags[walk.bagAt[i]!] === 1 ? 1 : CONTENT_FACTOR;
    accept += walk.terms[i]!.accept * factor;
    choose += walk.terms[i]!.choose * factor;
    const at = ++walk.bagAt[i]!;
    walk.bagHead[i] = at < walk.bagEnd[i]! ? ids[at]! : NONE;
  }
  sums[0] = accept;
  sums[1] = choose;
}

/** The next phrasing below `end` that holds one of the terms, summed into `into`; false when none is left. */
export function takePhrasing(walk: PostingWalk, end: number, into: PhrasingSums): boolean {
  const { ids } = walk.index.postings;
  let phrasing = NONE;
  for (let i = 0; i < walk.terms.length; i++) if (walk.postingHead[i]! < phrasing) phrasing = walk.postingHead[i]!;
  if (phrasing >= end) return false;
  into.phrasing = phrasing;
  into.firstTerm = -1;
  into.accept = 0;
  into.choose = 0;
  into.covered = 0;
  into.held = 0;
  for (let i = 0; i < walk.terms.length; i++) {
    if (walk.postingHead[i] !== phrasing) continue;
    const term = walk.terms[i]!;
    if (into.firstTerm < 0) into.firstTerm = i;
    into.accept += term.accept;
    into.choose += term.choose;
    into.covered += term.covered;
    into.held++;
    const at = ++walk.postingAt[i]!;
    walk.postingHead[i] = at < walk.postingEnd[i]! ? ids[at]! : NONE;
  }
  return true;
}
