/** Latency figures of one series of timed calls. */
export interface LatencySummary {
  readonly n: number;
  readonly p50: number;
  readonly p99: number;
  readonly max: number;
  readonly mean: number;
}

/**
 * The nearest-rank percentile (p in 0–100) of ascending samples: always a value that was
 * measured, so a p99 over 100 samples is the 99th slowest call, not an interpolation.
 */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((Math.min(100, Math.max(0, p)) / 100) * sorted.length);
  return sorted[Math.max(0, rank - 1)]!;
}

/** p50, p99, max and mean of samples in any unit; the samples need not be sorted. */
export function summarize(samples: readonly number[]): LatencySummary {
  const sorted = [...samples].sort((a, b) => a - b);
  const total = sorted.reduce((sum, value) => sum + value, 0);
  return {
    n: sorted.length,
    p50: percentile(sorted, 50),
    p99: percentile(sorted, 99),
    max: sorted.at(-1) ?? Number.NaN,
    mean: sorted.length === 0 ? Number.NaN : total / sorted.length,
  };
}

/** Rounds a figure for the report: three significant decimals are all a benchmark can claim. */
export function round3(value: number): number {
  return Math.round(value * 1000) / 1000;
}

/** Of several rounds of the same measurement, the one in the middle by `key` (the upper middle of an even count). */
export function medianRound<T>(rounds: readonly T[], key: (round: T) => number): T {
  const sorted = [...rounds].sort((a, b) => key(a) - key(b));
  const middle = sorted[Math.floor(sorted.length / 2)];
  if (middle === undefined) throw new Error("no rounds to choose from");
  return middle;
}
