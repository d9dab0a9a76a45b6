/**
 * What the learned ranker sees of a text: the letter 3- to 5-grams of its content words (with the
 * word's edges, as " kri", "krim "), which survive typos, missing umlauts, inflection and compounds,
 * and the matcher's terms (stems, named concepts, question intents) as whole features. Each is
 * hashed to a 32-bit number, so no string is built per n-gram.
 */

const MIN_GRAM = 3;
const MAX_GRAM = 5;
/** Separate hash seeds keep a term from colliding with an n-gram of the same letters. */
const GRAM_SEED = 0x811c9dc5;
const TERM_SEED = 0x9e3779b9;
const SPACE = 32;

/** A sparse vector: ascending feature ids and their values. */
export interface SparseVector {
  readonly ids: Int32Array;
  readonly values: Float32Array;
}

/** Hashes of every n-gram of the words and of every term, with repeats (they count as frequency). */
export function featureHashes(words: readonly string[], terms: readonly string[]): number[] {
  const out: number[] = [];
  eachFeatureHash(words, terms, (hash) => out.push(hash));
  return out;
}

/** Calls `visit` with the hash of every n-gram of the words, then of every term, in that order. */
function eachFeatureHash(words: readonly string[], terms: readonly string[], visit: (hash: number) => void): void {
  for (const word of words) {
    // The word between two spaces, read by index so no padded copy is made.
    const length = word.length + 2;
    const charAt = (i: number): number => (i === 0 || i === length - 1 ? SPACE : word.charCodeAt(i - 1));
    for (let n = MIN_GRAM; n <= MAX_GRAM; n++) {
      for (let start = 0; start + n <= length; start++) {
        let hash = GRAM_SEED ^ n;
        for (let i = start; i < start + n; i++) hash = Math.imul(hash ^ charAt(i), 0x01000193);
        visit(hash >>> 0);
      }
    }
  }
  for (const term of terms) visit(hashString(term, TERM_SEED));
}

/** A 32-bit hash of a whole text (FNV-1a from `seed`). */
export function hashString(text: string, seed: number): number {
  let hash = seed;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

/** The features seen in training, numbered, with their inverse document frequency. */
export interface FeatureSpace {
  readonly size: number;
  readonly idOf: ReadonlyMap<number, number>;
  readonly idf: Float32Array;
}

/**
 * Numbers every feature of the training texts, weighs it by how few texts have it, and returns
 * each text's vector: one pass over the hashes, no set or map per text. The vectors are views of
 * two arrays for all texts, not two arrays each: tens of thousands of small arrays, freed after
 * training, left the process holding memory it no longer used.
 */
export function buildTrainingVectors(texts: readonly (readonly number[])[]): { space: FeatureSpace; vectors: SparseVector[] } {
  const idOf = new Map<number, number>();
  const starts = new Int32Array(texts.length + 1);
  for (let t = 0; t < texts.length; t++) starts[t + 1] = starts[t]! + texts[t]!.length;
  const all = new Int32Array(starts[texts.length]!);
  texts.forEach((hashes, t) => {
    for (let k = 0; k < hashes.length; k++) {
      let id = idOf.get(hashes[k]!);
      if (id === undefined) idOf.set(hashes[k]!, (id = idOf.size));
      all[starts[t]! + k] = id;
    }
    all.subarray(starts[t]!, starts[t + 1]!).sort();
  });
  const sorted = (t: number): Int32Array => all.subarray(starts[t]!, starts[t + 1]!);
  const documentFrequency = new Int32Array(idOf.size);
  let distinctInAll = 0;
  for (let t = 0; t < texts.length; t++) {
    const ids = sorted(t);
    for (let k = 0; k < ids.length; k++) {
      if (k > 0 && ids[k] === ids[k - 1]) continue;
      documentFrequency[ids[k]!]!++;
      distinctInAll++;
    }
  }
  const idf = new Float32Array(idOf.size);
  for (let id = 0; id < idf.length; id++) idf[id] = Math.log((1 + texts.length) / (1 + documentFrequency[id]!)) + 1;
  const space = { size: idOf.size, idOf, idf };
  const ids = new Int32Array(distinctInAll);
  const values = new Float32Array(distinctInAll);
  const vectors: SparseVector[] = [];
  let at = 0;
  for (let t = 0; t < texts.length; t++) {
    const distinct = weighInto(sorted(t), idf, ids, values, at);
    vectors.push({ ids: ids.subarray(at, at + distinct), values: values.subarray(at, at + distinct) });
    at += distinct;
  }
  return { space, vectors };
}

/**
 * A question's vector in the training's space. Features the training never saw are dropped: no
 * weight could have been learned for them. Each hash is looked up as it is made, into one scratch
 * array kept between questions: a question's features are not collected first (on a typo-laden
 * question several kilobytes of garbage each, and the collector's pauses are what a slow answer is).
 */
export function questionVector(words: readonly string[], terms: readonly string[], space: FeatureSpace): SparseVector {
  let count = 0;
  eachFeatureHash(words, terms, (hash) => {
    const id = space.idOf.get(hash);
    if (id === undefined) return;
    if (count === scratch.length) {
      const grown = new Int32Array(scratch.length * 2);
      grown.set(scratch);
      scratch = grown;
    }
    scratch[count++] = id;
  });
  return weigh(scratch.subarray(0, count).sort(), space.idf);
}

/** Feature ids of the question being read: questions are read one at a time, synchronously. */
let scratch = new Int32Array(1024);

/** Sorted feature ids (repeats = frequency) → log frequency times idf, scaled to length 1. */
function weigh(sorted: Int32Array, idf: Float32Array): SparseVector {
  let distinct = 0;
  for (let k = 0; k < sorted.length; k++) if (k === 0 || sorted[k] !== sorted[k - 1]) distinct++;
  const ids = new Int32Array(distinct);
  const values = new Float32Array(distinct);
  weighInto(sorted, idf, ids, values, 0);
  return { ids, values };
}

/** `weigh`, written into `ids` and `values` from `from` on; returns how many distinct features it wrote. */
function weighInto(sorted: Int32Array, idf: Float32Array, ids: Int32Array, values: Float32Array, from: number): number {
  let at = from - 1;
  for (let k = 0; k < sorted.length; k++) {
    if (k === 0 || sorted[k] !== sorted[k - 1]) {
      ids[++at] = sorted[k]!;
      values[at] = 0;
    }
    values[at] = values[at]! + 1;
  }
  const end = at + 1;
  let norm = 0;
  for (let k = from; k < end; k++) {
    const value = (1 + Math.log(values[k]!)) * idf[ids[k]!]!;
    values[k] = value;
    norm += value * value;
  }
  const scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
  for (let k = from; k < end; k++) values[k]! *= scale;
  return end - from;
}
