import { tokenize, words, type Token } from "../text/normalize.js";
import type { Language } from "../../knowledge/types.js";

/** More texts than this and the memo stays out: it would hold more than it saves. */
const MEMO_LIMIT = 30_000;

/** Reads texts into tokens and words. */
export interface TextReader {
  tokens(text: string, language: Language | "any"): readonly Token[];
  words(text: string): readonly string[];
}

const memo = {
  de: new Map<string, readonly Token[]>(),
  en: new Map<string, readonly Token[]>(),
  any: new Map<string, readonly Token[]>(),
};
const wordMemo = new Map<string, readonly string[]>();

/**
 * Tokenizing is most of an index build, and the ranker's training reads the same texts again: the
 * readings of a knowledge of up to `MEMO_LIMIT` texts are kept while one version is built, index and
 * ranker, and then let go (`forgetReadings`): kept from reload to reload they held some 14 MB of the
 * bot's memory to save a reload a few hundred milliseconds. Both functions depend on the text
 * alone, so a kept reading is never stale.
 */
export function textReader(textCount: number): TextReader {
  const size = memo.de.size + memo.en.size + memo.any.size + wordMemo.size;
  // Versions built one over another (reloads during a training) must not pile up.
  if (textCount > MEMO_LIMIT || size > 2 * MEMO_LIMIT) forgetReadings();
  if (textCount > MEMO_LIMIT) return { tokens: tokenize, words };
  return {
    tokens: (text, language) => {
      let tokens = memo[language].get(text);
      if (tokens === undefined) memo[language].set(text, (tokens = tokenize(text, language)));
      return tokens;
    },
    words: (text) => {
      let found = wordMemo.get(text);
      if (found === undefined) wordMemo.set(text, (found = words(text)));
      return found;
    },
  };
}

/** Lets the readings go once a version is built (see `textReader`). */
export function forgetReadings(): void {
  for (const map of [memo.de, memo.en, memo.any, wordMemo]) map.clear();
}
