/**
 * Lists of ids per key, packed into typed arrays (compressed sparse rows): the list of key k is
 * `ids[start[k]]` up to `ids[start[k + 1]]`. At 100k entries a Map per term holds millions of
 * boxed pairs; these hold four bytes per id and nothing for the collector to walk.
 */
export interface PostingLists {
  readonly start: Int32Array;
  readonly ids: Int32Array;
  /** One byte per id, kept beside it (e.g. whether an entry has the term in its questions). */
  readonly flags: Uint8Array;
}

/**
 * Packs (key, id, flag) triples, given as parallel arrays; a stable counting sort, so each key's
 * ids keep the order in which they were added.
 */
export function packLists(
  keyCount: number,
  keys: ArrayLike<number>,
  ids: ArrayLike<number>,
  flags?: ArrayLike<number>,
): PostingLists {
  const start = new Int32Array(keyCount + 1);
  for (let i = 0; i < keys.length; i++) start[keys[i]! + 1]!++;
  for (let k = 0; k < keyCount; k++) start[k + 1]! += start[k]!;
  const next = start.slice(0, keyCount);
  const packedIds = new Int32Array(keys.length);
  const packedFlags = new Uint8Array(flags === undefined ? 0 : keys.length);
  for (let i = 0; i < keys.length; i++) {
    const at = next[keys[i]!]!++;
    packedIds[at] = ids[i]!;
    if (flags !== undefined) packedFlags[at] = flags[i]!;
  }
  return { start, ids: packedIds, flags: packedFlags };
}
