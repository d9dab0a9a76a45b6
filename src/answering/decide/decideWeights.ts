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
    probability: 1.1778,
    margin: 0.9989,
    outOfScope: -2.4276,
    lexical: 1.1055,
    lexicalOverBar: 2.0496,
    knownShare: 1.7168,
    contentTerms: 1.0826,
    agree: 0.1707,
    intentMismatch: -1.6884,
    mismatchedProbability: 0.5795,
  },
  bias: -3.4481,
  threshold: 0.63,
};
