import Fuse, { type IFuseOptions } from "fuse.js";
import { editDistance } from "./editDistance.js";
import { substringDistance } from "./substringDistance.js";

/** Fuse finds nothing shorter (its hits for a letter or two score 1, no match at all). */
const MIN_MATCH = 3;
/** How the spelling correction has always ranked candidates: Fuse's bitap score, ties by vocabulary order. */
const FUSE_OPTIONS: IFuseOptions<string> = {
  includeScore: true,
  threshold: 0.4,
  ignoreLocation: true,
  ignoreFieldNorm: true,
  isCaseSensitive: true,
  minMatchCharLength: MIN_MATCH,
};
/** Fuse's bitap splits longer patterns into chunks and then scores differently: those go to Fuse whole. */
const MAX_BITAP_PATTERN = 32;
const BUCKETS = 64;

/** A known word a misspelt one may stand for. */
export interface NearWord {
  readonly item: string;
  /** Fuse's score of the word against the typed one (0 equal … 0.4). */
  readonly score: number;
  /** Edits (a swap of neighbours counts one) from the typed word; absent for a word that contains it. */
  readonly edits?: number;
}

/**
 * The known words a typed word may be a misspelling of, best first: words at most `maxEdits`
 * edits away (a swap of neighbours is one edit), and longer words that contain it almost letter for
 * letter (Fuse score below `maxCompoundScore`, "sanktionen" in "wirtschaftssanktionen"). Ordered as
 * Fuse.js ranks them among all words (score, then vocabulary order), and only those Fuse finds;
 * none for a word shorter than three letters.
 */
export type NearWords = (word: string, maxEdits: number, maxCompoundScore: number) => NearWord[];

/**
 * Fuse.js over the whole vocabulary costs milliseconds per unknown word, and most of its hits are
 * not corrections anyone would accept. So the candidates are found first, cheaply: words of a
 * length within `maxEdits` that share all but `maxEdits` of the letters (a swap keeps them all)
 * and are that few edits away; and words holding every pair of neighbouring letters of the typed
 * word, longer by more than two. Fuse then scores just those few, which orders them as a search
 * over all words would: a Fuse score depends on the two words only.
 */
export function createNearWords(words: readonly string[]): NearWords {
  const counts = new Uint8Array(words.length * BUCKETS);
  // Which buckets a word has at all, in two halves: one AND rules out most words before any counting.
  const masks = new Int32Array(words.length * 2);
  const byLength: number[][] = [];
  const byPair = new Map<number, number[]>();
  words.forEach((word, k) => {
    countLetters(word, counts, k * BUCKETS);
    for (let i = 0; i < word.length; i++) masks[2 * k + (bucketOf(word, i) >> 5)]! |= 1 << (bucketOf(word, i) & 31);
    (byLength[word.length] ??= []).push(k);
    for (let i = 0; i + 1 < word.length; i++) {
      const holding = byPair.get(pairAt(word, i)) ?? [];
      if (holding.length === 0) byPair.set(pairAt(word, i), holding);
      if (holding[holding.length - 1] !== k) holding.push(k);
    }
  });
  let everything: Fuse<string> | undefined;
  // Scratch space of one search: searches are synchronous, so none overlap.
  const pattern = new Uint8Array(BUCKETS);
  const used = new Int32Array(BUCKETS);
  let usedCount = 0;
  let low = 0;
  let high = 0;

  /** Whether word `k` shares at least `atLeast` letters with the typed word. */
  function shares(k: number, missing: number, atLeast: number): boolean {
    // Each letter the word lacks altogether is at least one letter not shared.
    if (bitCount(low & ~masks[2 * k]!) + bitCount(high & ~masks[2 * k + 1]!) > missing) return false;
    let shared = 0;
    const base = k * BUCKETS;
    for (let u = 0; u < usedCount; u++) shared += Math.min(pattern[used[u]!]!, counts[base + used[u]!]!);
    return shared >= atLeast;
  }

  /** Words longer by more than two that Fuse may score below `maxScore` (it scores edits / length). */
  function containing(typed: string, maxScore: number, into: number[]): void {
    let errors = 0;
    while ((errors + 1) / typed.length < maxScore) errors++;
    if (errors === 0) {
      // Only words holding every neighbouring pair can hold the word: start from the rarest pair.
      let rarest: readonly number[] = [];
      for (let i = 0; i + 1 < typed.length; i++) {
        const holding = byPair.get(pairAt(typed, i)) ?? [];
        if (i === 0 || holding.length < rarest.length) rarest = holding;
      }
      for (const k of rarest) if (words[k]!.length > typed.length + 2 && words[k]!.includes(typed)) into.push(k);
      return;
    }
    const distanceTo = substringDistance(typed);
    for (let length = typed.length + 3; length < byLength.length; length++) {
      for (const k of byLength[length] ?? []) {
        if (shares(k, errors, typed.length - errors) && distanceTo(words[k]!) <= errors) into.push(k);
      }
    }
  }

  return (word, maxEdits, maxCompoundScore) => {
    const m = word.length;
    if (m < MIN_MATCH) return [];
    if (m > MAX_BITAP_PATTERN) {
      everything ??= new Fuse(words, FUSE_OPTIONS);
      return everything
        .search(word)
        .map((result) => ({ item: result.item, score: result.score ?? 1 }))
        .flatMap((hit) => accepted(hit, word, maxEdits, maxCompoundScore));
    }
    pattern.fill(0);
    usedCount = 0;
    low = 0;
    high = 0;
    for (let i = 0; i < m; i++) {
      const bucket = bucketOf(word, i);
      if (pattern[bucket]!++ > 0) continue;
      used[usedCount++] = bucket;
      if (bucket < 32) low |= 1 << bucket;
      else high |= 1 << (bucket - 32);
    }
    const found: number[] = [];
    // The edits of each word near enough, measured once: Fuse only orders them.
    const editsOf = new Map<number, number>();
    for (let length = Math.max(1, m - maxEdits); length <= m + maxEdits; length++) {
      for (const k of byLength[length] ?? []) {
        if (!shares(k, maxEdits, m - maxEdits)) continue;
        const edits = editDistance(word, words[k]!, maxEdits);
        if (edits <= maxEdits) {
          found.push(k);
          editsOf.set(k, edits);
        }
      }
    }
    containing(word, maxCompoundScore, found);
    if (found.length === 0) return [];
    found.sort((a, b) => a - b);
    return new Fuse(
      found.map((k) => words[k]!),
      FUSE_OPTIONS,
    )
      .search(word)
      .flatMap((result): NearWord[] => {
        const hit = { item: result.item, score: result.score ?? 1 };
        const edits = editsOf.get(found[result.refIndex]!);
        // Not near by edits, so one of the longer words that hold it: kept if Fuse scores it that close.
        if (edits === undefined) return hit.score < maxCompoundScore ? [hit] : [];
        return [{ ...hit, edits }];
      });
  };
}

/** A Fuse hit as a correction: few enough edits, or a longer word holding the typed one. */
function accepted(hit: { item: string; score: number }, word: string, maxEdits: number, maxCompoundScore: number): NearWord[] {
  if (hit.item.length > word.length + 2) return hit.score < maxCompoundScore ? [hit] : [];
  const edits = editDistance(word, hit.item, maxEdits);
  return edits <= maxEdits ? [{ ...hit, edits }] : [];
}

function bitCount(bits: number): number {
  let n = bits - ((bits >>> 1) & 0x55555555);
  n = (n & 0x33333333) + ((n >>> 2) & 0x33333333);
  return (((n + (n >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/** Two neighbouring letters as one number: no string is made. */
function pairAt(word: string, i: number): number {
  return word.charCodeAt(i) * 65_536 + word.charCodeAt(i + 1);
}

/** Letters and digits each get their own bucket; anything else shares, which only lets more words through. */
function bucketOf(word: string, i: number): number {
  const code = word.charCodeAt(i);
  if (code >= 97 && code <= 122) return code - 97;
  if (code >= 48 && code <= 57) return 26 + code - 48;
  return 36 + (code % (BUCKETS - 36));
}

function countLetters(word: string, into: Uint8Array, base: number): void {
  for (let i = 0; i < word.length; i++) {
    const at = base + bucketOf(word, i);
    if (into[at]! < 255) into[at]!++;
  }
}
