import { createAnswerer } from "../../src/answering/answerer.js";
import type { Knowledge } from "../../src/knowledge/types.js";
import { timeEach } from "./measure.js";
import { createRandom } from "../../src/answering/model/random.js";
import type { BenchQuestion } from "./questions.js";
import { medianRound, summarize, type LatencySummary } from "./stats.js";
import { addTypo } from "./typos.js";

/** Misspelt variants per question: enough for a p99 that is not just the slowest call. */
const VARIANTS = 25;
/** Measured rounds, each over fresh misspellings. */
const ROUNDS = 3;

export interface MatchFigures {
  readonly questions: number;
  /** Per answer(), in microseconds. */
  readonly latencyUs: LatencySummary;
  readonly qps: number;
  /** Per answer() of a message of ~500 characters (a story, chatter, then the question), in microseconds. */
  readonly longLatencyUs: LatencySummary;
}

/** Chatter and a story around a question, as people write on Discord: the message is ~500 characters. */
const STORY =
  "hey all 👋 sorry for the wall of text. So I was reading about this whole thing yesterday on my phone and my friend said something about Ukraine and the Cold War and treaties, and honestly I got confused because there were like three meetings or something and nobody in our group chat could agree on anything. anyway, what I actually wanted to know is: ";

/**
 * answer() on the real knowledge: every question as written and misspelt, after a warm-up on
 * other misspellings, so the spelling correction is not served from its cache. Each round has a
 * fresh answerer (empty caches) and fresh misspellings; the round with the median p99 is
 * reported: a burst of other work on a shared machine spoils one round, not the figure.
 */
export function matchBench(knowledge: Knowledge, questions: readonly BenchQuestion[], seed: number): MatchFigures {
  const texts = questions.map((question) => question.q);
  const rounds = Array.from({ length: ROUNDS }, (_, round) => {
    const answerer = createAnswerer(knowledge);
    for (const q of [...texts, ...typoVariants(texts, seed + ROUNDS + round)]) answerer.answer(q);
    const measured = [...texts, ...typoVariants(texts, seed + round)];
    const durations = timeEach(measured, (q) => answerer.answer(q), []);
    const totalSeconds = durations.reduce((sum, us) => sum + us, 0) / 1e6;
    const long = typoVariants(texts, seed + 2 * ROUNDS + round, 3).map((q) => `${STORY}${q} thanks in advance!`.slice(0, 500));
    const longDurations = timeEach(long, (q) => answerer.answer(q), []);
    return {
      questions: measured.length,
      latencyUs: summarize(durations),
      qps: measured.length / totalSeconds,
      longLatencyUs: summarize(longDurations),
    };
  });
  return medianRound(rounds, (round) => round.latencyUs.p99);
}

export function typoVariants(texts: readonly string[], seed: number, variants = VARIANTS): string[] {
  const random = createRandom(seed);
  return texts.flatMap((text) => Array.from({ length: variants }, () => addTypo(text, random)));
}
