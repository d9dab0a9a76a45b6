/** One entry's matched phrasings with their scores, reused from entry to entry. */
export interface PhrasingRun {
  length: number;
  readonly firstTerm: Int32Array;
  readonly phrasing: Int32Array;
  readonly accept: Float64Array;
  readonly choose: Float64Array;
  readonly acceptCoverage: Float64Array;
  readonly chooseCoverage: Float64Array;
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
  };
}

/**
 * The best phrasing per weighting (the first met wins a tie) and the summed coverages, into
 * `best`. The phrasings are taken in the order a term-by-term walk would have met them: by the
 * first term they hold, then by id. Same order, same float sums, same winner of a tie.
 */
export function bestOfRun(run: PhrasingRun, best: RunBest): void {
  best.accept = 0;
  best.choose = 0;
  best.totalAccept = 0;
  best.totalChoose = 0;
  best.phrasing = -1;
  let seen = 0;
  for (let term = 0; seen < run.length; term++) {
    for (let h = 0; h < run.length; h++) {
      if (run.firstTerm[h] !== term) continue;
      if (seen++ === 0) {
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
}
