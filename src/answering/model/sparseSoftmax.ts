import { softmaxInPlace, type SoftmaxModel } from "./softmaxRegression.js";
import type { SparseVector } from "./textFeatures.js";

/**
 * A trained softmax model with only its non-zero weights, feature by feature. Training touches
 * only the classes an example is confused with, so most (feature, class) weights stay exactly 0
 * (on the shipped knowledge about 85%): kept dense they would be most of the bot's memory, and
 * predicting would add all those zeros for every question.
 */
export interface SparseSoftmaxModel {
  readonly classes: number;
  /** The weights of feature f are at rowStart[f] up to rowStart[f + 1]. */
  readonly rowStart: Int32Array;
  readonly classOf: Uint16Array | Int32Array;
  readonly weights: Float32Array;
  readonly bias: Float32Array;
}

/** The same model without its zero weights; it predicts exactly what the dense one does. */
export function compactModel(model: SoftmaxModel): SparseSoftmaxModel {
  const { classes, weights } = model;
  const features = weights.length / classes;
  let kept = 0;
  for (let k = 0; k < weights.length; k++) if (weights[k] !== 0) kept++;
  const rowStart = new Int32Array(features + 1);
  const classOf = classes <= 0x10000 ? new Uint16Array(kept) : new Int32Array(kept);
  const values = new Float32Array(kept);
  let at = 0;
  for (let f = 0; f < features; f++) {
    rowStart[f] = at;
    const base = f * classes;
    for (let c = 0; c < classes; c++) {
      const weight = weights[base + c]!;
      if (weight === 0) continue;
      classOf[at] = c;
      values[at++] = weight;
    }
  }
  rowStart[features] = at;
  return { classes, rowStart, classOf, weights: values, bias: model.bias.slice() };
}

/** The class probabilities of one vector, into `out` (length `classes`). */
export function predictSparseInto(model: SparseSoftmaxModel, x: SparseVector, out: Float64Array): void {
  const { classes, rowStart, classOf, weights, bias } = model;
  for (let c = 0; c < classes; c++) out[c] = bias[c]!;
  for (let k = 0; k < x.ids.length; k++) {
    const feature = x.ids[k]!;
    const value = x.values[k]!;
    for (let r = rowStart[feature]!, end = rowStart[feature + 1]!; r < end; r++) out[classOf[r]!]! += weights[r]! * value;
  }
  softmaxInPlace(out, classes);
}
