import type { MatchIndex } from "../index/matchIndex.js";
import type { QueryTerm } from "../understand/queryTerms.js";
import { addBag, nextBagEntry, openBags } from "./bagCursors.js";
import { entryScratch, sumPostings } from "./entryScratch.js";
import { recordHead, type HeadSums } from "./headSums.js";
import {
  entryScore,
  phrasingFactor,
  phrasingScore,
  prepareQuestion,
  scoreEntries,
  type PreparedQuestion,
} from "./lexicalScore.js";
import { NONE, type TermWeights } from "./postingWalk.js";

/** Receives an entry's acceptance score under one reading. */
export type ReadingSink = (entry: number, score: number) => void;

/** A reading's own terms after the head are told apart by a bit each. */
const MAX_TAIL_TERMS = 30;

/**
 * Scores several readings of one text (what was typed, and it with each completion of its last
 * word) into `emit`: each entry a reading meets, with the `score` scoreEntries gives it, the same
 * float. A reading that is the same question as one before it is skipped (it scores the same);
 * the known terms that all readings begin with are summed once (see headSums.ts), and each
 * reading adds only its own further terms (its tail) to those sums, as a walk over all its terms
 * adds them after the head's.
 */
export function scoreReadings(readings: readonly (readonly QueryTerm[])[], index: MatchIndex, emit: ReadingSink): void {
  const questions: { reading: readonly QueryTerm[]; question: PreparedQuestion }[] = [];
  for (const reading of readings) {
    const question = prepareQuestion(reading, index);
    // No known term: the walk meets no entry.
    if (question.known.length > 0 && !questions.some((seen) => sameQuestion(seen.question, question))) {
      questions.push({ reading, question });
    }
  }
  if (questions.length === 0) return;
  const shared = sharedTerms(questions.map(({ question }) => question));
  const head = recordHead(questions[0]!.question.known.slice(0, shared), index);
  for (const { reading, question } of questions) {
    const tail = question.known.slice(shared);
    if (tail.length <= MAX_TAIL_TERMS) scoreTail(question, tail, head, index, emit);
    else {
      const ranking = scoreEntries(reading, index);
      for (const { entry, score } of ranking.top(ranking.size)) emit(entry, score);
    }
  }
}

/** A phrasing's coverage and score, as withTail hands them back (scoring is synchronous). */
const tailed = new Float64Array(2);

/**
 * One reading: the entries the head or the tail meets, in order, each with its phrasings scored
 * in walk order as scoreEntries and bestOfRun score them: the head's first (a head term is the
 * first they hold), then those only the tail holds, by the first tail term they hold, then id.
 */
function scoreTail(
  question: PreparedQuestion,
  tail: readonly TermWeights[],
  head: HeadSums,
  index: MatchIndex,
  emit: ReadingSink,
): void {
  const { termCount, acceptTotal } = question;
  const { ofEntry, termCount: phrasingTerms } = index.phrasings;
  // The coverage of each distinct head sum, divided once: the same division, so the same float.
  const { coverage } = head;
  for (let sum = 0; sum < head.sumCount; sum++) coverage[sum] = Math.min(1, head.sums[sum]! / acceptTotal);
  const scratch = entryScratch(index);
  // Locals, not fields, in the loops below: they run some ten thousand times a keystroke.
  const { stamps, seen, list } = scratch;
  const tailTerms = scratch.terms;
  const { phrasings, accept, covered, held, factor, sum } = head;
  const bags = openBags(tail, index);
  const postingAt = tail.map((t) => index.postings.start[t.id]!);
  for (let headAt = 0; ;) {
    const entry = nextBagEntry(bags, index, headAt < head.entryCount ? head.entries[headAt]! : NONE);
    if (entry === NONE) return;
    const inHead = headAt < head.entryCount && head.entries[headAt] === entry;
    const slotFrom = inHead ? head.slotStart[headAt]! : 0;
    const slotEnd = inHead ? head.slotStart[headAt + 1]! : 0;
    const bagAccept = addBag(bags, index, entry, inHead ? head.bagAccept[headAt]! : 0);
    if (inHead) headAt++;
    const from = ofEntry[entry]!;
    const end = ofEntry[entry + 1]!;
    const met = sumPostings(tail, postingAt, index, from, end, scratch);
    const { stamp } = scratch;

    // bestOfRun's best phrasing score and summed coverage, in locals: this is the hot loop.
    let best = 0;
    let total = 0;
    for (let slot = slotFrom; slot < slotEnd; slot++) {
      const phrasing = phrasings[slot]!;
      const offset = phrasing - from;
      let covers: number;
      let score: number;
      if (stamps[offset] === stamp) {
        seen[offset] = stamp;
        withTail(question, tail, tailTerms[offset]!, phrasing, accept[slot]!, covered[slot]!, held[slot]!, index);
        covers = tailed[0]!;
        score = tailed[1]!;
      } else {
        covers = coverage[sum[slot]!]!;
        score = phrasingScore(covers, factor[slot]!, held[slot] === termCount && phrasingTerms[phrasing] === termCount);
      }
      total += covers;
      if (score > best) best = score;
    }
    for (let n = 0; n < met; n++) {
      const offset = list[n]!;
      if (seen[offset] === stamp) continue;
      withTail(question, tail, tailTerms[offset]!, from + offset, 0, 0, 0, index);
      total += tailed[0]!;
      if (tailed[1]! > best) best = tailed[1]!;
    }
    emit(entry, entryScore(best, bagAccept / acceptTotal, total, end - from));
  }
}

/**
 * A phrasing some tail terms hold (bit i: tail term i): its sums go on from the head's (accept,
 * covered, held; 0 when the head holds none), term by term, then its coverage into tailed[0] and
 * score into tailed[1], as scoreEntries computes them.
 */
function withTail(
  question: PreparedQuestion,
  tail: readonly TermWeights[],
  terms: number,
  phrasing: number,
  accept: number,
  covered: number,
  held: number,
  index: MatchIndex,
): void {
  for (let i = 0, rest = terms; rest !== 0; i++, rest >>>= 1) {
    if ((rest & 1) === 0) continue;
    accept += tail[i]!.accept;
    covered += tail[i]!.covered;
    held++;
  }
  const { termCount, acceptTotal } = question;
  const coverage = Math.min(1, accept / acceptTotal);
  const factor = phrasingFactor(covered, index.phrasings.weight[phrasing]!);
  tailed[0] = coverage;
  tailed[1] = phrasingScore(coverage, factor, held === termCount && index.phrasings.termCount[phrasing] === termCount);
}

/** How many known terms, from the first, every question has alike (all of them when there is one question). */
function sharedTerms(questions: readonly PreparedQuestion[]): number {
  const [first, ...rest] = questions;
  let shared = first!.known.length;
  for (const question of rest) {
    let k = 0;
    while (k < shared && k < question.known.length && sameTerm(first!.known[k]!, question.known[k]!)) k++;
    shared = k;
  }
  return shared;
}

/** Alike for the acceptance score: what choosing (rankScore) weighs is not read here. */
function sameQuestion(a: PreparedQuestion, b: PreparedQuestion): boolean {
  return (
    a.termCount === b.termCount &&
    a.acceptTotal === b.acceptTotal &&
    a.known.length === b.known.length &&
    a.known.every((term, k) => sameTerm(term, b.known[k]!))
  );
}

function sameTerm(a: TermWeights, b: TermWeights): boolean {
  return a.id === b.id && a.accept === b.accept && a.covered === b.covered;
}
