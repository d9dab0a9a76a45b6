/** One entry's matched phrasings with their scores, reused from entry to entry. */
export interface PhrasingRun {
  length: number;
  readonly firstTerm: Int32Array;
  readonly phrasing: Int32Array;
  readonly accept: Float64Array;
  readonly choose: Float64Array;
  readonly acceptCoverage: Float64Array;
  readonly chooseCoverage: Float64Array;
  /** Scratch space of bestOfRun's counting sort. */
  readonly order: Int32Array;
  readonly counts: Int32Array;
}

/** What an entry's phrasings add up to for both weightings. */
export interface RunBest {
  accept: number;
  choose: number;
  totalAccept: number;
  totalChoose: number;
  phrasing: number;
}

/** Room for `size` phrasings: the most any one entry has. */
export function createRun(size: number): PhrasingRun {
  return {
    length: 0,
    firstTerm: new Int32Array(size),
    phrasing: new Int32Array(size),
    accept: new Float64Array(size),
    choose: new Float64Array(size),
    acceptCoverage: new Float64Array(size),
    chooseCoverage: new Float64Array(size),
    order: new Int32Array(size),
    // First terms are positions in a question: a question has at most a few hundred words.
    counts: new Int32Array(1024),
  };
}

/**
 * The best phrasing per weighting (the first met wins a tie) and the summed coverages, into
 * `best`. The phrasings are taken in the order a term-by-term walk would have met them: by the
 * first term they hold, then by id (a stable counting sort by first term: the run holds them by
 * id). Same order, same float sums, same winner of a tie.
 */
export function bestOfRun(run: PhrasingRun, best: RunBest): void {
  best.accept = 0;
  best.choose = 0;
  best.totalAccept = 0;
  best.totalChoose = 0;
  best.phrasing = -1;
  const { order, counts } = run;
  let terms = 0;
  for (let h = 0; h < run.length; h++) terms = Math.max(terms, run.firstTerm[h]! + 1);
  counts.fill(0, 0, terms + 1);
  for (let h = 0; h < run.length; h++) counts[run.firstTerm[h]! + 1]!++;
  for (let t = 1; t <= terms; t++) counts[t]! += counts[t - 1]!;
  for (let h = 0; h < run.length; h++) order[counts[run.firstTerm[h]!]!++] = h;
  for (let k = 0; k < run.length; k++) {
    const h = order[k]!;
    if (k === 0) {
      best.accept = run.accept[h]!;
      best.choose = run.choose[h]!;
      best.totalAccept = run.acceptCoverage[h]!;
      best.totalChoose = run.chooseCoverage[h]!;
      best.phrasing = run.phrasing[h]!;
      continue;
    }
    best.totalAccept += run.acceptCoverage[h]!;
    if (run.accept[h]! > best.accept) {
      best.accept = run.accept[h]!;
      best.phrasing = run.phrasing[h]!;
    }
    best.totalChoose += run.chooseCoverage[h]!;
    if (run.choose[h]! > best.choose) best.choose = run.choose[h]!;
  }
}
