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
    probability: 1.1571,
    margin: 0.8374,
    outOfScope: -2.5388,
    lexical: 1.2583,
    lexicalOverBar: 1.4267,
    knownShare: 1.7085,
    contentTerms: 0.9724,
    agree: 0.3928,
    intentMismatch: -0.8196,
    mismatchedProbability: -0.797,
    dayMatch: -0.2714,
  },
  bias: -3.4125,
  threshold: 0.65,
};
