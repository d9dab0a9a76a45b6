import { runInChild } from "./fork.js";
import type { MatcherName, ScaleJob, ScaleResult } from "./scaleJob.js";
import { round3 } from "./stats.js";

/** The sizes of the issue, with how many questions each matcher gets: the baseline only as many as finish. */
const PLAN = [
  { size: 1_000, queries: 1_000, warmup: 200, fuseQueries: 100, fuseWarmup: 3 },
  { size: 10_000, queries: 1_000, warmup: 200, fuseQueries: 40, fuseWarmup: 1 },
  { size: 100_000, queries: 1_000, warmup: 200, fuseQueries: 10, fuseWarmup: 1 },
] as const;
const SEED = 20_240_110;
// Plain Fuse.js at 100k entries takes ~11 s a question alone, more on a busy machine.
const CHILD_TIMEOUT_MS = 10 * 60_000;

export interface MatcherFigures extends Omit<ScaleResult, "hits"> {
  readonly queries: number;
  readonly recallAt1: number;
}

export interface ScaleFigures {
  readonly size: number;
  readonly ours: MatcherFigures;
  readonly fuse: MatcherFigures;
  /** Ours on exactly the baseline's questions, so the two recalls compare like with like. */
  readonly oursRecallOnFuseSample: number;
  /** How many times faster ours answers: the baseline's p50 over ours, and its slowest over our p99. */
  readonly speedupP50: number;
  readonly speedupP99: number;
}

/** Generated knowledge of 1k, 10k and 100k entries: ours against plain Fuse.js, each in its own process. */
export async function scaleBench(
  knowledgeFile: string,
  sizes: readonly number[],
  progress: (text: string) => void,
): Promise<ScaleFigures[]> {
  const figures: ScaleFigures[] = [];
  for (const plan of PLAN.filter((p) => sizes.includes(p.size))) {
    const job = { size: plan.size, seed: SEED, knowledgeFile };
    progress(`scale ${plan.size}`);
    const ours = await runJob({ ...job, matcher: "ours", queries: plan.queries, warmup: plan.warmup });
    const fuse = await runJob({ ...job, matcher: "fuse", queries: plan.fuseQueries, warmup: plan.fuseWarmup });
    figures.push({
      size: plan.size,
      ours: withoutHits(ours),
      fuse: withoutHits(fuse),
      oursRecallOnFuseSample: recall(ours.hits.slice(0, fuse.hits.length)),
      speedupP50: round3(fuse.latencyMs.p50 / ours.latencyMs.p50),
      speedupP99: round3(fuse.latencyMs.p99 / ours.latencyMs.p99),
    });
  }
  return figures;
}

function runJob(job: ScaleJob & { matcher: MatcherName }): Promise<ScaleResult> {
  return runInChild<ScaleResult>("./scaleWorker.ts", [JSON.stringify(job)], CHILD_TIMEOUT_MS);
}

function withoutHits({ hits, ...rest }: ScaleResult): MatcherFigures {
  return { ...rest, queries: hits.length, recallAt1: recall(hits) };
}

function recall(hits: readonly boolean[]): number {
  return hits.length === 0 ? 0 : hits.filter(Boolean).length / hits.length;
}
