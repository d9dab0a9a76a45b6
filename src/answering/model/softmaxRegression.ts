import type { SparseVector } from "./textFeatures.js";

/** A linear model over sparse features with one weight per (feature, class): multinomial logistic regression. */
export interface SoftmaxModel {
  readonly classes: number;
  /** Feature-major: the weights of feature f are weights[f * classes] up to the next feature. */
  readonly weights: Float32Array;
  readonly bias: Float32Array;
}

export interface TrainingOptions {
  readonly epochs: number;
  readonly learningRate: number;
  readonly seed: number;
  /**
   * One number per example that identifies it (a hash of its text and class). Each epoch visits
   * the examples in an order that follows from these keys alone, so adding or removing one example
   * (a moderator's new phrasing) leaves the order of all others as it was and the model changes
   * where the knowledge did. Without them, the examples' positions stand in for keys.
   */
  readonly keys?: Uint32Array;
}

/**
 * A class whose gradient is this small for an example is left alone: after the first epoch most
 * classes are near 0 for most examples, and skipping them is most of the training's speed.
 */
const NEGLIGIBLE_GRADIENT = 0.05;
/**
 * The classes that matter for an example are few: its own and a handful it is confused with. The
 * first epoch scores every class for every example and notes, per example, the classes above this
 * probability (at most MAX_RELEVANT); the later epochs score only those. A class below it gets a
 * gradient under NEGLIGIBLE_GRADIENT anyway.
 */
const RELEVANT_PROBABILITY = 0.01;
const MAX_RELEVANT = 8;
/** Examples trained between two pauses of a training run in steps (about 10 ms of work). */
export const EXAMPLES_PER_STEP = 500;

/**
 * Trains by stochastic gradient descent with AdaGrad step sizes (rare features learn as fast as
 * common ones), examples visited in an order hashed from their keys and the seed: the same data gives
 * the same model.
 */
export function trainSoftmax(
  examples: readonly SparseVector[],
  labels: readonly number[],
  features: number,
  classes: number,
  options: TrainingOptions,
): SoftmaxModel {
  const steps = trainSoftmaxSteps(examples, labels, features, classes, options);
  for (;;) {
    const next = steps.next();
    if (next.done === true) return next.value;
  }
}

/** The same training, pausing (yielding) every EXAMPLES_PER_STEP examples, so a caller can let other work run. */
export function* trainSoftmaxSteps(
  examples: readonly SparseVector[],
  labels: readonly number[],
  features: number,
  classes: number,
  options: TrainingOptions,
): Generator<void, SoftmaxModel> {
  const model = { classes, weights: new Float32Array(features * classes), bias: new Float32Array(classes) };
  const { weights, bias } = model;
  // AdaGrad per feature (not per weight): one square root per feature of an example, not one per class.
  const squares = new Float32Array(features);
  const biasSquares = new Float32Array(classes);
  const probabilities = new Float64Array(classes);
  const active = new Int32Array(classes);
  const gradient = new Float64Array(classes);
  const relevant = new Int32Array(examples.length * MAX_RELEVANT);
  const relevantCount = new Int32Array(examples.length);
  const keys = options.keys ?? Uint32Array.from(examples, (_, k) => k);
  const rate = options.learningRate;

  for (let epoch = 0; epoch < options.epochs; epoch++) {
    const order = visitOrder(keys, options.seed, epoch);
    for (let step = 0; step < order.length; step++) {
      if (step % EXAMPLES_PER_STEP === EXAMPLES_PER_STEP - 1) yield;
      const example = order[step]!;
      const x = examples[example]!;
      const label = labels[example]!;
      const at = example * MAX_RELEVANT;
      let count = 0;
      if (epoch === 0) {
        predictInto(model, x, probabilities);
        relevantCount[example] = keepRelevant(probabilities, label, relevant, at);
        for (let c = 0; c < classes; c++) count = noteGradient(c, probabilities[c]! - (c === label ? 1 : 0), count);
      } else {
        const kept = relevantCount[example]!;
        predictAmong(model, x, relevant, at, kept, probabilities);
        for (let r = at; r < at + kept; r++) {
          const c = relevant[r]!;
          count = noteGradient(c, probabilities[c]! - (c === label ? 1 : 0), count);
        }
      }
      let gradientNorm = 0;
      for (let a = 0; a < count; a++) gradientNorm += gradient[active[a]!]! ** 2;
      for (let k = 0; k < x.ids.length; k++) {
        const feature = x.ids[k]!;
        const base = feature * classes;
        const value = x.values[k]!;
        squares[feature]! += value * value * gradientNorm;
        const stepSize = (rate * value) / Math.sqrt(squares[feature]!);
        for (let a = 0; a < count; a++) weights[base + active[a]!]! -= stepSize * gradient[active[a]!]!;
      }
    }
  }
  return model;

  /** Keeps a class whose gradient counts (and steps its bias); returns the new count of kept classes. */
  function noteGradient(c: number, g: number, count: number): number {
    if (Math.abs(g) < NEGLIGIBLE_GRADIENT) return count;
    active[count] = c;
    gradient[c] = g;
    biasSquares[c]! += g * g;
    bias[c]! -= (rate * g) / Math.sqrt(biasSquares[c]!);
    return count + 1;
  }
}

/**
 * Writes the example's own class and the most probable others (at least RELEVANT_PROBABILITY, at
 * most MAX_RELEVANT in all) into `into` from `from` on; returns how many.
 */
function keepRelevant(probabilities: Float64Array, label: number, into: Int32Array, from: number): number {
  let kept = 0;
  into[from + kept++] = label;
  for (let c = 0; c < probabilities.length; c++) {
    const p = probabilities[c]!;
    if (c === label || p < RELEVANT_PROBABILITY) continue;
    if (kept < MAX_RELEVANT) {
      into[from + kept++] = c;
      continue;
    }
    // Full: replace the least probable kept class (never the example's own, the first) if this one beats it.
    let weakest = from + 1;
    for (let k = from + 2; k < from + kept; k++) if (probabilities[into[k]!]! < probabilities[into[weakest]!]!) weakest = k;
    if (p > probabilities[into[weakest]!]!) into[weakest] = c;
  }
  return kept;
}

/** The softmax over `count` classes listed in `among` from `from` on (the others' entries of `out` are left as they were). */
function predictAmong(
  model: SoftmaxModel,
  x: SparseVector,
  among: Int32Array,
  from: number,
  count: number,
  out: Float64Array,
): void {
  const { classes, weights, bias } = model;
  const end = from + count;
  for (let r = from; r < end; r++) out[among[r]!] = bias[among[r]!]!;
  for (let k = 0; k < x.ids.length; k++) {
    const base = x.ids[k]! * classes;
    const value = x.values[k]!;
    for (let r = from; r < end; r++) out[among[r]!]! += weights[base + among[r]!]! * value;
  }
  let max = -Infinity;
  for (let r = from; r < end; r++) if (out[among[r]!]! > max) max = out[among[r]!]!;
  let sum = 0;
  for (let r = from; r < end; r++) {
    const c = among[r]!;
    out[c] = Math.exp(out[c]! - max);
    sum += out[c]!;
  }
  for (let r = from; r < end; r++) out[among[r]!]! /= sum;
}

/**
 * The order in which an epoch visits examples identified by `keys`: by a hash of each key with
 * the seed and the epoch, so it depends on the keys alone, not on their positions or number.
 * Ties (the same text twice) keep their positions: the sort is stable.
 */
export function visitOrder(keys: Uint32Array, seed: number, epoch: number): number[] {
  const salt = mix(Math.imul(seed, 0x9e3779b1) + epoch);
  const rank = Uint32Array.from(keys, (key) => mix(key ^ salt));
  return Array.from(keys, (_, k) => k).sort((a, b) => rank[a]! - rank[b]!);
}

/** A 32-bit mixer (murmur3's finalizer): nearby keys land far apart. */
function mix(value: number): number {
  let h = value >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** The class probabilities of one vector, into `out` (length `classes`). */
export function predictInto(model: SoftmaxModel, x: SparseVector, out: Float64Array): void {
  const { classes, weights, bias } = model;
  for (let c = 0; c < classes; c++) out[c] = bias[c]!;
  for (let k = 0; k < x.ids.length; k++) {
    const base = x.ids[k]! * classes;
    const value = x.values[k]!;
    for (let c = 0; c < classes; c++) out[c]! += weights[base + c]! * value;
  }
  softmaxInPlace(out, classes);
}

/** The first `classes` scores of `out` turned into probabilities (shifted by the largest, so exp cannot overflow). */
export function softmaxInPlace(out: Float64Array, classes: number): void {
  let max = -Infinity;
  for (let c = 0; c < classes; c++) if (out[c]! > max) max = out[c]!;
  let sum = 0;
  for (let c = 0; c < classes; c++) {
    out[c] = Math.exp(out[c]! - max);
    sum += out[c]!;
  }
  for (let c = 0; c < classes; c++) out[c]! /= sum;
}
