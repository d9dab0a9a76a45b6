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

/** The readings a build made, as plain data: what a process may keep to build the same knowledge sooner next time. */
export interface Readings {
  readonly tokens: Readonly<Record<Language | "any", readonly (readonly [string, readonly Token[]])[]>>;
  readonly words: readonly (readonly [string, readonly string[]])[];
}

/** The readings held now (right after an index build: all of its texts). */
export function heldReadings(): Readings {
  return {
    tokens: { de: [...memo.de], en: [...memo.en], any: [...memo.any] },
    words: [...wordMemo],
  };
}

/** Texts read again to check kept readings: enough to notice another stemmer or stop-word list. */
const CHECKED_READINGS = 24;

/**
 * Takes in readings kept from an earlier build, so the next build reads only what is new. Refused
 * (false) when a sample, read again, comes out otherwise: they were made by other code.
 */
export function takeReadings(readings: Readings): boolean {
  const languages = ["de", "en", "any"] as const;
  for (const language of languages) {
    const kept = readings.tokens[language];
    const step = Math.max(1, Math.floor(kept.length / CHECKED_READINGS));
    for (let k = 0; k < kept.length; k += step) {
      const [text, tokens] = kept[k]!;
      if (JSON.stringify(tokenize(text, language)) !== JSON.stringify(tokens)) return false;
    }
  }
  for (const language of languages) for (const [text, tokens] of readings.tokens[language]) memo[language].set(text, tokens);
  for (const [text, found] of readings.words) wordMemo.set(text, found);
  return true;
}
