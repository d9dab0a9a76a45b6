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
    probability: 1.6913,
    margin: 1.2254,
    outOfScope: -1.6684,
    lexical: 2.7616,
    lexicalOverBar: 3.2416,
    knownShare: 1.6756,
    contentTerms: 1.1605,
    agree: -0.2572,
    intentMismatch: -1.5686,
    mismatchedProbability: -0.1873,
  },
  bias: -4.6132,
  threshold: 0.74,
};
