import { describe, expect, it } from "vitest";
import { predictInto, trainSoftmax, visitOrder } from "../../../src/answering/model/softmaxRegression.js";
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

describe("visitOrder", () => {
  const keys = Uint32Array.from([...Array(40).keys()], (k) => Math.imul(k + 1, 2654435761) >>> 0);

  it("GIVEN one example more THEN the others are visited in the same order as before", () => {
    const before = visitOrder(keys, 2, 0).map((k) => keys[k]);
    const more = Uint32Array.from([...keys.slice(0, 17), 123_456_789, ...keys.slice(17)]);
    const after = visitOrder(more, 2, 0)
      .map((k) => more[k])
      .filter((key) => key !== 123_456_789);
    expect(after).toEqual(before);
  });

  it("GIVEN another epoch THEN another order of the same examples", () => {
    const first = visitOrder(keys, 2, 0);
    const second = visitOrder(keys, 2, 1);
    expect(second).not.toEqual(first);
    expect([...second].sort((a, b) => a - b)).toEqual([...first].sort((a, b) => a - b));
  });
});
