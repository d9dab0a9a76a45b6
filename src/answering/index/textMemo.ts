import { tokenize, words, type Token } from "../text/normalize.js";
import type { Language } from "../../knowledge/types.js";

/** More texts than this and the memo stays out: a reload could not find most of them anyway. */
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
 * Tokenizing is most of an index build, and a reload reads almost the same texts again (a
 * moderator added a phrasing): the readings of a knowledge of up to `MEMO_LIMIT` texts are kept
 * from build to build. Both functions depend on the text alone, so a kept reading is never stale;
 * the memo is emptied when it outgrows the limit (old versions' texts pile up over many reloads).
 */
export function textReader(textCount: number): TextReader {
  const size = memo.de.size + memo.en.size + memo.any.size + wordMemo.size;
  if (textCount > MEMO_LIMIT || size > 2 * MEMO_LIMIT) {
    for (const map of [memo.de, memo.en, memo.any, wordMemo]) map.clear();
  }
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
