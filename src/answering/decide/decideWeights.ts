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
    probability: 1.327,
    margin: 0.8753,
    outOfScope: -2.5035,
    lexical: 1.0207,
    lexicalOverBar: 1.6793,
    knownShare: 1.5313,
    contentTerms: 1.0058,
    agree: 0.3192,
    intentMismatch: -0.9308,
    mismatchedProbability: -0.6859,
    dayMatch: -0.2628,
  },
  bias: -3.2228,
  threshold: 0.62,
};
