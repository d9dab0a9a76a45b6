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
  for (const word of words) {
    // The word between two spaces, read by index so no padded copy is made.
    const length = word.length + 2;
    const charAt = (i: number): number => (i === 0 || i === length - 1 ? SPACE : word.charCodeAt(i - 1));
    for (let n = MIN_GRAM; n <= MAX_GRAM; n++) {
      for (let start = 0; start + n <= length; start++) {
        let hash = GRAM_SEED ^ n;
        for (let i = start; i < start + n; i++) hash = Math.imul(hash ^ charAt(i), 0x01000193);
        out.push(hash >>> 0);
      }
    }
  }
  for (const term of terms) out.push(hashString(term, TERM_SEED));
  return out;
}

function hashString(text: string, seed: number): number {
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
 * each text's vector: one pass over the hashes, no set or map per text.
 */
export function buildTrainingVectors(texts: readonly (readonly number[])[]): { space: FeatureSpace; vectors: SparseVector[] } {
  const idOf = new Map<number, number>();
  const ids = texts.map((hashes) => {
    const out = new Int32Array(hashes.length);
    for (let k = 0; k < hashes.length; k++) {
      let id = idOf.get(hashes[k]!);
      if (id === undefined) idOf.set(hashes[k]!, (id = idOf.size));
      out[k] = id;
    }
    return out.sort();
  });
  const documentFrequency = new Int32Array(idOf.size);
  for (const sorted of ids) {
    for (let k = 0; k < sorted.length; k++) if (k === 0 || sorted[k] !== sorted[k - 1]) documentFrequency[sorted[k]!]!++;
  }
  const idf = new Float32Array(idOf.size);
  for (let id = 0; id < idf.length; id++) idf[id] = Math.log((1 + texts.length) / (1 + documentFrequency[id]!)) + 1;
  const space = { size: idOf.size, idOf, idf };
  return { space, vectors: ids.map((sorted) => weigh(sorted, idf)) };
}

/**
 * A question's vector in the training's space. Features the training never saw are dropped: no
 * weight could have been learned for them.
 */
export function vectorize(hashes: readonly number[], space: FeatureSpace): SparseVector {
  const known: number[] = [];
  for (const hash of hashes) {
    const id = space.idOf.get(hash);
    if (id !== undefined) known.push(id);
  }
  return weigh(Int32Array.from(known).sort(), space.idf);
}

/** Sorted feature ids (repeats = frequency) → log frequency times idf, scaled to length 1. */
function weigh(sorted: Int32Array, idf: Float32Array): SparseVector {
  let distinct = 0;
  for (let k = 0; k < sorted.length; k++) if (k === 0 || sorted[k] !== sorted[k - 1]) distinct++;
  const ids = new Int32Array(distinct);
  const values = new Float32Array(distinct);
  let norm = 0;
  for (let k = 0, at = -1; k < sorted.length; k++) {
    if (k === 0 || sorted[k] !== sorted[k - 1]) ids[++at] = sorted[k]!;
    values[at] = values[at]! + 1;
  }
  for (let k = 0; k < distinct; k++) {
    const value = (1 + Math.log(values[k]!)) * idf[ids[k]!]!;
    values[k] = value;
    norm += value * value;
  }
  const scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
  for (let k = 0; k < distinct; k++) values[k]! *= scale;
  return { ids, values };
}
