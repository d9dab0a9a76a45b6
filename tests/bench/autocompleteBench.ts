import { createAnswerer } from "../../src/answering/answerer.js";
import type { Knowledge } from "../../src/knowledge/types.js";
import { typoVariants } from "./matchBench.js";
import { timeEach } from "./measure.js";
import type { BenchQuestion } from "./questions.js";
import { medianRound, summarize, type LatencySummary } from "./stats.js";

/** Discord shows at most 25 choices. */
const CHOICES = 25;
const ROUNDS = 3;

export interface AutocompleteFigures {
  readonly prefixes: number;
  /** Per suggest(), in microseconds. */
  readonly latencyUs: LatencySummary;
}

/**
 * suggest() on every prefix of every question, as Discord asks on each keystroke. Each round has
 * a fresh answerer warmed up on misspelt questions (the same code paths, not the same cached
 * words); the round with the median p99 is reported.
 */
export function autocompleteBench(knowledge: Knowledge, questions: readonly BenchQuestion[], seed: number): AutocompleteFigures {
  const prefixesOf = (texts: readonly BenchQuestion[]) =>
    texts.flatMap(({ q, lang }) => prefixes(q).map((prefix) => ({ prefix, lang })));
  const measured = prefixesOf(questions);
  const rounds = Array.from({ length: ROUNDS }, (_, round) => {
    const answerer = createAnswerer(knowledge);
    const misspelt = questions.map(({ q, lang }) => ({ q: typoVariants([q], seed + round, 1)[0] ?? q, lang }));
    for (const { prefix, lang } of prefixesOf(misspelt)) answerer.suggest(prefix, lang, CHOICES);
    const durations = timeEach(measured, ({ prefix, lang }) => answerer.suggest(prefix, lang, CHOICES), []);
    return { prefixes: measured.length, latencyUs: summarize(durations) };
  });
  return medianRound(rounds, (round) => round.latencyUs.p99);
}

function prefixes(text: string): string[] {
  return Array.from({ length: text.length }, (_, k) => text.slice(0, k + 1));
}
