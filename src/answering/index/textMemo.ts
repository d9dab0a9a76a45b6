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

/**
 * Readings of texts laid end to end: `texts[k]` has `counts[k]` readings, the next ones in `parts`
 * (a token as its word and its term). Flat arrays of strings: a structured clone of fifty thousand
 * small objects takes three times as long to read back.
 */
export interface PackedReadings {
  readonly texts: readonly string[];
  readonly counts: Uint32Array;
  readonly parts: readonly string[];
}

/** The readings a build made, as plain data: what a process may keep to build the same knowledge sooner next time. */
export interface Readings {
  readonly tokens: Readonly<Record<Language | "any", PackedReadings>>;
  readonly words: PackedReadings;
}

const LANGUAGES_READ = ["de", "en", "any"] as const;

/** The readings held now (right after an index build: all of its texts). */
export function heldReadings(): Readings {
  const packTokens = (held: ReadonlyMap<string, readonly Token[]>): PackedReadings =>
    pack(held, (token, parts) => parts.push(token.word, token.term));
  return {
    tokens: { de: packTokens(memo.de), en: packTokens(memo.en), any: packTokens(memo.any) },
    words: pack(wordMemo, (word, parts) => parts.push(word)),
  };
}

function pack<T>(held: ReadonlyMap<string, readonly T[]>, put: (item: T, parts: string[]) => void): PackedReadings {
  const texts: string[] = [];
  const counts = new Uint32Array(held.size);
  const parts: string[] = [];
  for (const [text, items] of held) {
    counts[texts.length] = items.length;
    texts.push(text);
    for (const item of items) put(item, parts);
  }
  return { texts, counts, parts };
}

function unpack<T>(packed: PackedReadings, width: number, take: (parts: readonly string[], at: number) => T): [string, T[]][] {
  const out: [string, T[]][] = [];
  let at = 0;
  packed.texts.forEach((text, k) => {
    const items: T[] = [];
    for (let n = 0; n < packed.counts[k]!; n++, at += width) items.push(take(packed.parts, at));
    out.push([text, items]);
  });
  return out;
}

/** Texts read again to check kept readings: enough to notice another stemmer or stop-word list. */
const CHECKED_READINGS = 24;

/**
 * Takes in readings kept from an earlier build, so the next build reads only what is new. Refused
 * (false) when a sample, read again, comes out otherwise: they were made by other code.
 */
export function takeReadings(readings: Readings): boolean {
  let tokens: [string, Token[]][][];
  try {
    tokens = LANGUAGES_READ.map((language) =>
      unpack(readings.tokens[language], 2, (parts, at): Token => ({ word: parts[at]!, term: parts[at + 1]! })),
    );
  } catch {
    // Not readings at all (a damaged or foreign file): read everything anew.
    return false;
  }
  for (const [k, language] of LANGUAGES_READ.entries()) {
    const kept = tokens[k]!;
    const step = Math.max(1, Math.floor(kept.length / CHECKED_READINGS));
    for (let n = 0; n < kept.length; n += step) {
      const [text, read] = kept[n]!;
      if (JSON.stringify(tokenize(text, language)) !== JSON.stringify(read)) return false;
    }
  }
  for (const [k, language] of LANGUAGES_READ.entries()) for (const [text, read] of tokens[k]!) memo[language].set(text, read);
  for (const [text, found] of unpack(readings.words, 1, (parts, at) => parts[at]!)) wordMemo.set(text, found);
  return true;
}
