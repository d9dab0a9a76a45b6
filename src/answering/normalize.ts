import { stemmer as stemDe } from "@orama/stemmers/german";
import { stemmer as stemEn } from "@orama/stemmers/english";
import { deu, eng } from "stopword";
import type { Language } from "./types.js";

/**
 * Question words carry meaning that stop-word lists throw away ("wann" vs "wer"), so they become
 * language-neutral intent terms before stop words are removed.
 */
const QUESTION_WORDS: Readonly<Record<string, string>> = {
  wann: "?when",
  when: "?when",
  wer: "?who",
  wem: "?who",
  wen: "?who",
  who: "?who",
  whom: "?who",
  wo: "?where",
  wohin: "?where",
  where: "?where",
  warum: "?why",
  wieso: "?why",
  weshalb: "?why",
  why: "?why",
};

/** Filler that strangers add to questions and that no fact depends on. */
const EXTRA_STOPWORDS: Readonly<Record<Language, readonly string[]>> = {
  de: ["eigentlich", "genau", "bitte", "mal", "denn", "eig", "gibts", "gibt's", "nochmal", "ueberhaupt", "uberhaupt", "bzw"],
  en: ["please", "exactly", "actually", "really", "does", "did", "do", "tell", "know", "whats", "what's", "s", "t", "pls", "plz", "anyway", "u"],
};

const STOPWORDS: Readonly<Record<Language, ReadonlySet<string>>> = {
  de: new Set([...deu, ...EXTRA_STOPWORDS.de].map(foldWord)),
  en: new Set([...eng, ...EXTRA_STOPWORDS.en].map(foldWord)),
};

/** Lower-case, NFKC, umlauts and ß folded, so "Gespräche" and "Gesprache" meet. */
export function foldWord(word: string): string {
  return word
    .normalize("NFKC")
    .toLowerCase()
    .replace(/ä/g, "a")
    .replace(/ö/g, "o")
    .replace(/ü/g, "u")
    .replace(/ß/g, "ss")
    .normalize("NFD")
    .replace(/\p{M}/gu, "");
}

/**
 * Splits text into folded words: letters and digits only; "10." and "10th" become "10",
 * hyphenated compounds ("NATO-Russland-Rat") their parts.
 */
export function words(text: string): string[] {
  const folded = foldWord(text);
  const out: string[] = [];
  for (const match of folded.matchAll(/[\p{L}\p{N}]+/gu)) {
    const word = match[0].replace(/^(\d+)(st|nd|rd|th|ten)$/u, "$1");
    out.push(word);
  }
  return out;
}

export function isStopword(word: string, language: Language | "any"): boolean {
  if (language === "any") return STOPWORDS.de.has(word) && STOPWORDS.en.has(word);
  return STOPWORDS[language].has(word);
}

export function isStopwordIn(word: string, language: Language): boolean {
  return STOPWORDS[language].has(word);
}

const stemCache = new Map<string, string>();

/**
 * One stem per word whatever its language: the shorter of the German and English stems, so a
 * German word asked in an English sentence ("OSZE", "Krim") meets the same term in the index.
 */
export function stem(word: string): string {
  const cached = stemCache.get(word);
  if (cached !== undefined) return cached;
  let result = word;
  if (!/^\d+$/.test(word) && word.length > 3) {
    const de = stemDe(word);
    const en = stemEn(word);
    result = de.length <= en.length ? de : en;
    if (result.length < 3) result = word;
  }
  if (stemCache.size > 50_000) stemCache.clear();
  stemCache.set(word, result);
  return result;
}

export interface Token {
  /** The folded surface word, for typo matching. */
  readonly word: string;
  /** The term the index uses: a stem, or an intent such as "?when". */
  readonly term: string;
}

/** Words to tokens: question words become intents, stop words of `language` go. */
export function tokenize(text: string, language: Language | "any"): Token[] {
  const out: Token[] = [];
  for (const word of words(text)) {
    const intent = QUESTION_WORDS[word];
    if (intent !== undefined) {
      out.push({ word, term: intent });
      continue;
    }
    if (language === "any" ? isStopword(word, "any") : isStopword(word, language)) continue;
    out.push({ word, term: stem(word) });
  }
  return out;
}
