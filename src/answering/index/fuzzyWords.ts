import Fuse, { type IFuseOptions } from "fuse.js";
import { substringDistance } from "./substringDistance.js";

const THRESHOLD = 0.4;
/** How the spelling correction has always searched; its candidates and their order must not change. */
const FUSE_OPTIONS: IFuseOptions<string> = {
  includeScore: true,
  threshold: THRESHOLD,
  ignoreLocation: true,
  ignoreFieldNorm: true,
  isCaseSensitive: true,
  minMatchCharLength: 3,
};
/** Fuse's bitap splits longer patterns into chunks and then matches on any chunk: no shortcut for those. */
const MAX_BITAP_PATTERN = 32;
const BUCKETS = 64;
const FIRST_CHUNK = 4;

export interface FuzzyHit {
  readonly item: string;
  readonly score: number;
}

/**
 * The words of the knowledge that a misspelt word could be, best first, exactly as Fuse.js
 * ranks them: its first `limit` hits, of which only those scoring at most `maxScore` (the rest
 * follow them in Fuse's order, so this only cuts the list short). Lazy: the caller usually
 * takes the first hit and stops.
 */
export type FuzzyWords = (word: string, limit: number, maxScore?: number) => Iterable<FuzzyHit>;

/**
 * Fuse.js over the whole vocabulary costs milliseconds per unknown word. Fuse's bitap scores a
 * word by the fewest edits (at most 40% of the typed word's letters) that turn the typed word
 * into a part of it, divided by its length. So:
 * - a word can only match if it holds at least 60% of the typed word's letters: counting shared
 *   letters rules out most of the vocabulary at once;
 * - that edit distance, computed exactly (Myers), rules out the rest, and orders the candidates:
 *   none can score below its distance / length.
 * Fuse then runs over the candidates one distance at a time, each group in the vocabulary's
 * order, and a hit is handed out once no later group could still beat it. A Fuse score depends
 * on the two words only, so the hits and their order are those of one search over all words.
 */
export function createFuzzyWords(words: readonly string[]): FuzzyWords {
  const counts = new Uint8Array(words.length * BUCKETS);
  words.forEach((word, k) => countLetters(word, counts, k * BUCKETS));
  let everything: Fuse<string> | undefined;
  const pattern = new Uint8Array(BUCKETS);

  return function* (word, limit, maxScore = Infinity) {
    if (word.length > MAX_BITAP_PATTERN) {
      everything ??= new Fuse(words, FUSE_OPTIONS);
      yield* everything
        .search(word, { limit })
        .filter((result) => (result.score ?? 1) <= maxScore)
        .map(hit);
      return;
    }
    const groups = candidateGroups(word, maxScore);
    const pending: Candidate[] = [];
    let given = 0;
    for (let distance = 0; distance < groups.length; distance++) {
      const group = groups[distance]!;
      // In growing chunks: mostly the first few words of the closest group hold the hit wanted.
      for (let from = 0, size = FIRST_CHUNK; from < group.length; from += size, size *= 2) {
        const chunk = group.slice(from, from + size);
        const found = new Fuse(
          chunk.map((candidate) => candidate.item),
          FUSE_OPTIONS,
        ).search(word);
        for (const result of found) pending.push({ item: result.item, score: result.score ?? 1, k: chunk[result.refIndex]!.k });
        pending.sort(byScoreThenOrder);
        // The words not searched yet score at least their distance / length, ties going by order.
        const rest = group[from + size] ?? groups.slice(distance + 1).find((next) => next.length > 0)?.[0];
        while (pending.length > 0 && given < limit && (rest === undefined || before(pending[0]!, rest, word.length))) {
          if (pending[0]!.score > maxScore) return;
          yield hit(pending.shift()!);
          given++;
        }
        if (given >= limit) return;
      }
    }
  };

  /**
   * The words within Fuse's reach of `word` that could score at most `maxScore`, by distance
   * (index = distance), each in vocabulary order.
   */
  function candidateGroups(word: string, maxScore: number): Candidate[][] {
    pattern.fill(0);
    countLetters(word, pattern, 0);
    const used = [...new Set(Array.from(word, bucketOf))];
    let errors = maxErrors(word.length);
    while (errors > 0 && errors / word.length > maxScore) errors--;
    const distanceTo = substringDistance(word);
    const groups: Candidate[][] = Array.from({ length: errors + 1 }, () => []);
    for (let k = 0; k < words.length; k++) {
      let shared = 0;
      const base = k * BUCKETS;
      for (const bucket of used) shared += Math.min(pattern[bucket]!, counts[base + bucket]!);
      if (shared < word.length - errors) continue;
      const distance = distanceTo(words[k]!);
      if (distance <= errors) groups[distance]!.push({ item: words[k]!, score: distance, k });
    }
    return groups;
  }
}

/** A vocabulary word: its Fuse score once searched, its distance before. */
interface Candidate {
  readonly item: string;
  readonly score: number;
  /** Its place in the vocabulary: Fuse breaks ties by it. */
  readonly k: number;
}

function byScoreThenOrder(a: Candidate, b: Candidate): number {
  return a.score - b.score || a.k - b.k;
}

/** Whether a hit comes before an unsearched word at `distance`, whatever that word's score turns out to be. */
function before(found: Candidate, unsearched: Candidate, length: number): boolean {
  const floor = unsearched.score / length;
  return found.score < floor || (found.score === floor && found.k < unsearched.k);
}

function hit(result: { item: string; score?: number | undefined }): FuzzyHit {
  return { item: result.item, score: result.score ?? 1 };
}

/** The most errors Fuse accepts for a pattern of `length` letters, computed as Fuse compares them. */
function maxErrors(length: number): number {
  let errors = 0;
  while ((errors + 1) / length <= THRESHOLD) errors++;
  return errors;
}

/** Letters and digits each get their own bucket; anything else shares, which only lets more words through. */
function bucketOf(char: string): number {
  const code = char.charCodeAt(0);
  if (code >= 97 && code <= 122) return code - 97;
  if (code >= 48 && code <= 57) return 26 + code - 48;
  return 36 + (code % (BUCKETS - 36));
}

function countLetters(word: string, into: Uint8Array, base: number): void {
  for (let i = 0; i < word.length; i++) {
    const at = base + bucketOf(word[i]!);
    if (into[at]! < 255) into[at]!++;
  }
}
