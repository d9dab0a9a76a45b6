import { describe, expect, it } from "vitest";
import { predictInto, type SoftmaxModel } from "../../../src/answering/model/softmaxRegression.js";
import { compactModel, predictSparseInto } from "../../../src/answering/model/sparseSoftmax.js";
import type { SparseVector } from "../../../src/answering/model/textFeatures.js";

/** Five features, four classes; features 1 and 3 have no weight at all, feature 4 only for class 2. */
const dense: SoftmaxModel = {
  classes: 4,
  weights: Float32Array.from([0.5, 0, -1.25, 2, 0, 0, 0, 0, 0, 3, 0, -0.5, 0, 0, 0, 0, 0, 0, 4.5, 0]),
  bias: Float32Array.from([0.1, -0.2, 0, 0.3]),
};

const vector = (ids: number[], values: number[]): SparseVector => ({
  ids: Int32Array.from(ids),
  values: Float32Array.from(values),
});

describe("compactModel", () => {
  it("GIVEN a model with zero weights THEN it keeps only the others, feature by feature", () => {
    const sparse = compactModel(dense);
    expect([...sparse.rowStart]).toEqual([0, 3, 3, 5, 5, 6]);
    expect([...sparse.classOf]).toEqual([0, 2, 3, 1, 3, 2]);
    expect([...sparse.weights]).toEqual([0.5, -1.25, 2, 3, -0.5, 4.5]);
  });

  it("GIVEN any vector THEN it predicts exactly what the dense model predicts", () => {
    const sparse = compactModel(dense);
    const cases = [vector([0], [1]), vector([1, 3], [0.7, 0.7]), vector([0, 2, 4], [0.2, 0.5, 0.84]), vector([], [])];
    for (const x of cases) {
      const want = new Float64Array(4);
      const got = new Float64Array(4);
      predictInto(dense, x, want);
      predictSparseInto(sparse, x, got);
      expect([...got]).toEqual([...want]);
    }
  });
});
