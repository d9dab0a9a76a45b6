import type { Random } from "../../src/answering/model/random.js";

/** Only words this long get a typo: shorter ones are not corrected by any matcher, only guessed. */
const MIN_TYPO_WORD = 6;
const LETTERS = "abcdefghijklmnopqrstuvwxyz";

/**
 * One typo as people make them, in one longer word of `text`: two neighbours swapped, a letter
 * dropped, doubled or replaced. The first letter stays, as it almost always does.
 */
export function addTypo(text: string, random: Random): string {
  const candidates = [...text.matchAll(/\p{L}+/gu)].filter((match) => match[0].length >= MIN_TYPO_WORD);
  if (candidates.length === 0) return text;
  const match = random.pick(candidates);
  const word = match[0];
  const at = 1 + random.int(word.length - 2);
  const typo = misspell(word, at, random.int(4), random);
  const start = match.index;
  return text.slice(0, start) + typo + text.slice(start + word.length);
}

function misspell(word: string, at: number, kind: number, random: Random): string {
  switch (kind) {
    case 0:
      return word.slice(0, at) + word[at + 1]! + word[at]! + word.slice(at + 2);
    case 1:
      return word.slice(0, at) + word.slice(at + 1);
    case 2:
      return word.slice(0, at) + word[at]! + word.slice(at);
    default:
      return word.slice(0, at) + random.pick([...LETTERS]) + word.slice(at + 1);
  }
}
