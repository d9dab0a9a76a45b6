import type { Knowledge } from "../knowledge/types.js";
import { buildMatchIndex, type MatchIndex } from "./index/matchIndex.js";
import { forgetReadings } from "./index/textMemo.js";
import { trainClassifier, trainClassifierSteps, type Classifier } from "./model/classifier.js";

/** What answering needs of one version of the knowledge, built once when it loads. */
export interface Matcher {
  readonly knowledge: Knowledge;
  /** Words, terms and posting lists: spelling correction and the lexical ranking. */
  readonly index: MatchIndex;
  /**
   * The learned ranker; absent while it trains, and for a knowledge too small or too large to
   * learn from (then the lexical matcher ranks and decides alone).
   */
  readonly classifier: Classifier | undefined;
}

/** Indexes the knowledge and trains the ranker on it (deterministic: same knowledge, same matcher). */
export function buildMatcher(knowledge: Knowledge): Matcher {
  const index = buildMatchIndex(knowledge);
  const classifier = trainClassifier(knowledge, index);
  forgetReadings();
  return { knowledge, index, classifier };
}

/** The index alone (built now, or kept from an earlier build): ready in a fraction of the time, to answer while the ranker trains. */
export function buildLexicalMatcher(knowledge: Knowledge, index: MatchIndex = buildMatchIndex(knowledge)): Matcher {
  return { knowledge, index, classifier: undefined };
}

/**
 * Trains the ranker for a lexical matcher in small steps, awaiting `pause` between them so the
 * process keeps serving (Discord heartbeats, questions answered by the lexical matcher meanwhile).
 */
export async function learnMatcher(lexical: Matcher, pause: () => Promise<void>): Promise<Matcher> {
  const steps = trainClassifierSteps(lexical.knowledge, lexical.index);
  for (;;) {
    // A pause first, too: the caller gets its lexical matcher before any training is done.
    await pause();
    const next = steps.next();
    if (next.done === true) {
      forgetReadings();
      return { ...lexical, classifier: next.value };
    }
  }
}
