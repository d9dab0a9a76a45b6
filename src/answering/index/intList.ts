/** A growable list of 32-bit integers: millions of index pairs without a boxed number each. */
export interface IntList {
  readonly length: number;
  push(value: number): void;
  /** The values so far (a view: valid until the next push). */
  view(): Int32Array;
}

export function createIntList(capacity = 1024): IntList {
  let values = new Int32Array(capacity);
  let length = 0;
  return {
    get length() {
      return length;
    },
    push: (value) => {
      if (length === values.length) {
        const grown = new Int32Array(values.length * 2);
        grown.set(values);
        values = grown;
      }
      values[length++] = value;
    },
    view: () => values.subarray(0, length),
  };
}
