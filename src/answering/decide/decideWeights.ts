import type { DecideFeature } from "./decideFeatures.js";

/**
 * The decision's logistic weights and threshold. Written by `npm run fit:decide` from the tuning
 * sets (tests/tools/tuningSets.ts); never edited by hand.
 */
export const DECIDE_MODEL: {
  readonly weights: Readonly<Record<DecideFeature, number>>;
  readonly bias: number;
  readonly threshold: number;
} = {
  weights: {
    probability: 1.3933,
    margin: 0.3695,
    outOfScope: -2.8928,
    lexical: 1.1725,
    lexicalOverBar: 1.5589,
    knownShare: 1.7159,
    contentTerms: 1.0855,
    agree: 0.3645,
    intentMismatch: -0.589,
    mismatchedProbability: -1.3318,
    dayMatch: -0.3948,
  },
  bias: -3.3358,
  threshold: 0.66,
};
