import type { DecideFeature } from "./decideFeatures.js";

/**
 * The decision's logistic weights and threshold. Written by `npm run fit:decide` from the tuning
 * sets (tests/tools/tuningSets.ts); never edited by hand. The threshold is passed to it
 * (`--threshold`): chosen on how the bot did on fresh sets at their first look, which tuned sets
 * overstate (docs/answer-quality.md, "The decision's threshold").
 */
export const DECIDE_MODEL: {
  readonly weights: Readonly<Record<DecideFeature, number>>;
  readonly bias: number;
  readonly threshold: number;
} = {
  weights: {
    probability: 1.4601,
    margin: 0.5779,
    outOfScope: -2.5486,
    lexical: 1.093,
    lexicalOverBar: 1.7172,
    knownShare: 1.8249,
    contentTerms: 0.9985,
    agree: 0.2666,
    intentMismatch: -0.9016,
    mismatchedProbability: -2.1872,
    dayMatch: -0.4759,
  },
  bias: -3.4097,
  threshold: 0.56,
};
