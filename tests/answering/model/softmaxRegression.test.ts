import { describe, expect, it } from "vitest";
import { predictInto, trainSoftmax } from "../../../src/answering/model/softmaxRegression.js";
import type { SparseVector } from "../../../src/answering/model/textFeatures.js";

const vector = (ids: number[]): SparseVector => ({
  ids: Int32Array.from(ids),
  values: Float32Array.from(ids, () => 1 / Math.sqrt(ids.length)),
});

/** Three classes, each marked by its own feature (0, 1, 2), plus a feature (3) all share. */
const examples = [...Array(30).keys()].map((k) => vector([k % 3, 3]));
const labels = examples.map((_, k) => k % 3);

describe("trainSoftmax", () => {
  it("GIVEN classes told apart by one feature each THEN it learns which", () => {
    const model = trainSoftmax(examples, labels, 4, 3, { epochs: 4, learningRate: 1, seed: 1 });
    const out = new Float64Array(3);
    for (const c of [0, 1, 2]) {
      predictInto(model, vector([c, 3]), out);
      expect(out.indexOf(Math.max(...out))).toBe(c);
      expect(out[c]).toBeGreaterThan(0.8);
    }
  });

  it("GIVEN the same data and seed twice THEN the same weights, bit for bit", () => {
    const a = trainSoftmax(examples, labels, 4, 3, { epochs: 3, learningRate: 1, seed: 7 });
    const b = trainSoftmax(examples, labels, 4, 3, { epochs: 3, learningRate: 1, seed: 7 });
    expect(Buffer.from(a.weights.buffer).equals(Buffer.from(b.weights.buffer))).toBe(true);
  });
});
