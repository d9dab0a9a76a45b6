/** Words that continue a half-typed word, in the order of the list given (e.g. most used first). */
export type CompleteWord = (start: string, max: number) => string[];

/**
 * The words sorted once, so the ones starting with what was typed are found by binary search
 * instead of a scan of the whole vocabulary; of those, the `max` that come first in `words`
 * (the order the knowledge uses them in) are returned, as a scan would return them.
 */
export function createWordPrefixes(words: readonly string[]): CompleteWord {
  const sorted = words.map((word, rank) => ({ word, rank })).sort((a, b) => (a.word < b.word ? -1 : a.word > b.word ? 1 : 0));
  return (start, max) => {
    let low = 0;
    let high = sorted.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (sorted[middle]!.word < start) low = middle + 1;
      else high = middle;
    }
    const found: { word: string; rank: number }[] = [];
    for (let k = low; k < sorted.length && sorted[k]!.word.startsWith(start); k++) {
      if (sorted[k]!.word.length > start.length) found.push(sorted[k]!);
    }
    return found
      .sort((a, b) => a.rank - b.rank)
      .slice(0, max)
      .map((hit) => hit.word);
  };
}
