import type { MatchIndex } from "../index/matchIndex.js";
import { addBag, nextBagEntry, openBags } from "./bagCursors.js";
import { entryScratch, sumPostings } from "./entryScratch.js";
import { phrasingFactor } from "./lexicalScore.js";
import { NONE, type TermWeights } from "./postingWalk.js";

/**
 * What a walk over a question's first known terms summed (acceptance only), kept so that readings
 * which all begin with those terms walk them once. Per entry met (ascending), its slots: the
 * phrasings that hold a head term, with their sums, in walk order (by the first term they hold,
 * then by id: the order a term-by-term walk meets them, which scores are summed in).
 */
export interface HeadSums {
  entryCount: number;
  entries: Int32Array;
  bagAccept: Float64Array;
  /** Entry k's slots are slotStart[k] up to slotStart[k + 1]. */
  slotStart: Int32Array;
  phrasings: Int32Array;
  accept: Float64Array;
  covered: Float64Array;
  held: Int32Array;
  /** phrasingFactor of the head's sums: what it stays for a phrasing no further term holds. */
  factor: Float64Array;
  /** Which of `sums` the slot's acceptance sum is. */
  sum: Int32Array;
  /**
   * The distinct acceptance sums: a phrasing's is fixed by which head terms it holds, so a few
   * terms give a few sums, and a reading divides each once rather than once per phrasing.
   */
  sums: Float64Array;
  sumCount: number;
  /** Room for a reading's coverage of each of `sums`. */
  coverage: Float64Array;
}

/** Up to this many head terms, sums are told apart by the terms held (a table of 2^terms). */
const MAX_MASKED_TERMS = 12;

const heads = new WeakMap<MatchIndex, HeadSums>();

/**
 * Sums `terms` for every entry and phrasing that holds one, the same floats a walk over more terms
 * has after these (added term by term from 0). The arrays are the index's own, reused by every
 * call and grown when a walk needs more: valid until the next call (scoring is synchronous).
 */
export function recordHead(terms: readonly TermWeights[], index: MatchIndex): HeadSums {
  const { bag, postings, phrasings } = index;
  let entryRoom = 0;
  let slotRoom = 0;
  for (const { id } of terms) {
    entryRoom += bag.start[id + 1]! - bag.start[id]!;
    slotRoom += postings.start[id + 1]! - postings.start[id]!;
  }
  const head = roomFor(index, Math.min(entryRoom, index.entries.length), Math.min(slotRoom, phrasings.count));
  head.entryCount = 0;
  head.sumCount = 0;
  const masked = terms.length <= MAX_MASKED_TERMS;
  const sumOfMask = new Int32Array(masked ? 1 << terms.length : 0).fill(-1);
  const bags = openBags(terms, index);
  const postingAt = terms.map((t) => postings.start[t.id]!);
  const scratch = entryScratch(index);
  const { accept, covered, held, list } = scratch;
  let slot = 0;
  for (let entry = nextBagEntry(bags, index); entry !== NONE; entry = nextBagEntry(bags, index)) {
    const k = head.entryCount++;
    head.entries[k] = entry;
    head.bagAccept[k] = addBag(bags, index, entry, 0);
    head.slotStart[k] = slot;
    const from = phrasings.ofEntry[entry]!;
    const met = sumPostings(terms, postingAt, index, from, phrasings.ofEntry[entry + 1]!, scratch);
    for (let n = 0; n < met; n++, slot++) {
      const offset = list[n]!;
      head.phrasings[slot] = from + offset;
      head.accept[slot] = accept[offset]!;
      head.covered[slot] = covered[offset]!;
      head.held[slot] = held[offset]!;
      head.factor[slot] = phrasingFactor(covered[offset]!, phrasings.weight[from + offset]!);
      const mask = scratch.terms[offset]!;
      let sum = masked ? sumOfMask[mask]! : -1;
      if (sum < 0) {
        sum = head.sumCount++;
        head.sums[sum] = accept[offset]!;
        if (masked) sumOfMask[mask] = sum;
      }
      head.sum[slot] = sum;
    }
  }
  head.slotStart[head.entryCount] = slot;
  return head;
}

/** The index's head arrays, with room for at least so many entries and slots. */
function roomFor(index: MatchIndex, entries: number, slots: number): HeadSums {
  let head = heads.get(index);
  if (head === undefined || head.entries.length <= entries || head.sums.length < slots) {
    // Doubled, so a few walks of growing size settle on one set of arrays.
    const entryRoom = Math.max(entries + 1, 2 * (head?.entries.length ?? 0), 64);
    const slotRoom = Math.max(slots, 2 * (head?.sums.length ?? 0), 256);
    head = {
      entryCount: 0,
      entries: new Int32Array(entryRoom),
      bagAccept: new Float64Array(entryRoom),
      slotStart: new Int32Array(entryRoom),
      phrasings: new Int32Array(slotRoom),
      accept: new Float64Array(slotRoom),
      covered: new Float64Array(slotRoom),
      held: new Int32Array(slotRoom),
      factor: new Float64Array(slotRoom),
      sum: new Int32Array(slotRoom),
      sums: new Float64Array(slotRoom),
      sumCount: 0,
      coverage: new Float64Array(slotRoom),
    };
    heads.set(index, head);
  }
  return head;
}
