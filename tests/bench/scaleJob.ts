import { createAnswerer } from "../../src/answering/answerer.js";
import { loadKnowledge } from "../../src/knowledge/load.js";
import type { Knowledge } from "../../src/knowledge/types.js";
import { buildPlainFuse, type TopEntry } from "./baselineFuse.js";
import { generateKnowledge, generateQueries } from "./generate.js";
import { timeEach } from "./measure.js";
import { summarize, type LatencySummary } from "./stats.js";

export type MatcherName = "ours" | "fuse";

export interface ScaleJob {
  readonly matcher: MatcherName;
  readonly size: number;
  readonly queries: number;
  readonly warmup: number;
  readonly seed: number;
  readonly knowledgeFile: string;
}

export interface ScaleResult {
  readonly matcher: MatcherName;
  readonly size: number;
  readonly phrasings: number;
  readonly buildMs: number;
  /** Per answer, in milliseconds. */
  readonly latencyMs: LatencySummary;
  /** Right entry first (and, for ours, answered), per query, in order: lets the parent compare samples. */
  readonly hits: readonly boolean[];
  readonly heapMb: number;
  readonly rssMb: number;
  readonly maxRssMb: number;
}

const MB = 1024 * 1024;

/**
 * Generates the knowledge and its questions (the same in both matchers' processes, by seed), then
 * times the build and each answer after a warm-up; memory is read after a full collection.
 */
export async function runScaleJob(job: ScaleJob): Promise<ScaleResult> {
  const loaded = await loadKnowledge(job.knowledgeFile);
  if (!loaded.ok) throw new Error(`${job.knowledgeFile} does not load`);
  const generated = generateKnowledge(loaded.knowledge, job.size, job.seed);
  // Other seeds: the warm-up questions are not the measured ones, so no answer comes from a cache.
  const warmup = generateQueries(generated, job.warmup, job.seed + 1);
  const queries = generateQueries(generated, job.queries, job.seed + 2);
  collectGarbage();

  const started = performance.now();
  const top = build(job.matcher, generated.knowledge);
  const buildMs = performance.now() - started;

  for (const query of warmup) top(query.question);
  const hits: boolean[] = [];
  const durations = timeEach(queries, (query) => hits.push(top(query.question) === query.entryId), []);
  collectGarbage();
  const memory = process.memoryUsage();
  return {
    matcher: job.matcher,
    size: job.size,
    phrasings: generated.knowledge.entries.reduce((sum, e) => sum + e.questions.de.length + e.questions.en.length, 0),
    buildMs,
    latencyMs: summarize(durations.map((us) => us / 1000)),
    hits,
    heapMb: memory.heapUsed / MB,
    rssMb: memory.rss / MB,
    maxRssMb: process.resourceUsage().maxRSS / 1024,
  };
}

function build(matcher: MatcherName, knowledge: Knowledge): TopEntry {
  if (matcher === "fuse") return buildPlainFuse(knowledge);
  const answerer = createAnswerer(knowledge);
  return (question) => {
    const answer = answerer.answer(question);
    return answer.status === "answered" ? answer.entryId : null;
  };
}

function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}
