import { createAnswerer } from "../../src/answering/answerer.js";
import { buildLexicalMatcher } from "../../src/answering/matcher.js";
import { loadKnowledge } from "../../src/knowledge/load.js";
import { summarize } from "./stats.js";

const RELOADS = 10;

export interface KbFigures {
  readonly entries: number;
  readonly phrasings: number;
  /** The first read + parse + validate + verify of the process (cold: includes compiling that code). */
  readonly loadMs: number;
  /** The first matcher build. */
  readonly buildMs: number;
  /** A reload as the bot does one: read and check the file again, build a new matcher and train its ranker. */
  readonly reloadMs: { readonly p50: number; readonly max: number; readonly n: number };
  /** The part of a reload before the new version answers: read, check, index (the ranker trains after). */
  readonly liveMs: { readonly p50: number; readonly max: number; readonly n: number };
}

/** Runs first, so that `loadMs` is what a starting bot pays. */
export async function kbBench(file: string): Promise<KbFigures> {
  let started = performance.now();
  const loaded = await loadKnowledge(file);
  const loadMs = performance.now() - started;
  if (!loaded.ok) throw new Error(`${file} does not load: ${loaded.problems.map((p) => p.message).join("; ")}`);
  started = performance.now();
  createAnswerer(loaded.knowledge);
  const buildMs = performance.now() - started;

  const reloads: number[] = [];
  for (let k = 0; k < RELOADS; k++) {
    started = performance.now();
    const again = await loadKnowledge(file);
    if (again.ok) createAnswerer(again.knowledge);
    reloads.push(performance.now() - started);
  }
  const lives: number[] = [];
  for (let k = 0; k < RELOADS; k++) {
    started = performance.now();
    const again = await loadKnowledge(file);
    if (again.ok) buildLexicalMatcher(again.knowledge);
    lives.push(performance.now() - started);
  }
  const live = summarize(lives);
  const { entries } = loaded.knowledge;
  const { p50, max, n } = summarize(reloads);
  return {
    entries: entries.length,
    phrasings: entries.reduce(
      (sum, e) =>
        sum + e.questions.de.length + e.questions.en.length + e.phrasings.de.length + e.phrasings.en.length + e.keywords.length,
      0,
    ),
    loadMs,
    buildMs,
    reloadMs: { p50, max, n },
    liveMs: { p50: live.p50, max: live.max, n: live.n },
  };
}
