import type { MatchIndex } from "../index/matchIndex.js";
import type { TermWeights } from "./postingWalk.js";

/**
 * Per phrasing of one entry, at its offset in the entry (an entry's phrasings have consecutive
 * ids): what a visit of the entry noted of it, valid where `stamps` (or `seen`) holds the visit's
 * stamp, so a new stamp per visit clears them all at once. `list` holds the phrasings the visit
 * met, in the order it met them.
 */
export interface EntryScratch {
  stamp: number;
  readonly stamps: Int32Array;
  readonly seen: Int32Array;
  readonly accept: Float64Array;
  readonly covered: Float64Array;
  readonly held: Int32Array;
  /** Which terms (bit k: term k of those walked) the phrasing holds. */
  readonly terms: Int32Array;
  readonly list: Int32Array;
}

const scratches = new WeakMap<MatchIndex, EntryScratch>();

/** The index's scratch: one per index, as scoring is synchronous. A visit takes `++stamp` as its stamp. */
export function entryScratch(index: MatchIndex): EntryScratch {
  let scratch = scratches.get(index);
  // Stamps count up across calls; long before they would wrap, the scratch starts anew.
  if (scratch === undefined || scratch.stamp >= 0x3fffffff) {
    const size = index.phrasings.maxPerEntry;
    scratch = {
      stamp: 0,
      stamps: new Int32Array(size),
      seen: new Int32Array(size),
      accept: new Float64Array(size),
      covered: new Float64Array(size),
      held: new Int32Array(size),
      terms: new Int32Array(size),
      list: new Int32Array(size),
    };
    scratches.set(index, scratch);
  }
  return scratch;
}

/**
 * Visits an entry (phrasing ids from up to end): the sums of its phrasings that hold any of
 * `terms`, into the scratch under a new stamp; term by term, each grows in the question's order
 * from 0, and `list` gets them in the order they are first met, by the first term they hold, then
 * by id (walk order). `scratch.terms` marks which terms each holds (bit i: term i, up to 31).
 * `postingAt` are the terms' posting cursors, moved past the entry; returns how many were met.
 */
export function sumPostings(
  terms: readonly TermWeights[],
  postingAt: number[],
  index: MatchIndex,
  from: number,
  end: number,
  scratch: EntryScratch,
): number {
  const { start, ids } = index.postings;
  const stamp = ++scratch.stamp;
  const { stamps, accept, covered, held, list } = scratch;
  let met = 0;
  for (let i = 0; i < terms.length; i++) {
    const term = terms[i]!;
    const bit = i < 31 ? 1 << i : 0;
    let at = postingAt[i]!;
    for (const stop = start[term.id + 1]!; at < stop && ids[at]! < end; at++) {
      const offset = ids[at]! - from;
      if (stamps[offset] !== stamp) {
        stamps[offset] = stamp;
        accept[offset] = 0;
        covered[offset] = 0;
        held[offset] = 0;
        scratch.terms[offset] = 0;
        list[met++] = offset;
      }
      accept[offset]! += term.accept;
      covered[offset]! += term.covered;
      held[offset]!++;
      scratch.terms[offset]! |= bit;
    }
    postingAt[i] = at;
  }
  return met;
}
