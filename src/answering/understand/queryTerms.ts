import { idfOf, type MatchIndex } from "../index/matchIndex.js";
import { isLightWord, isStopwordIn, stem, stemsOf, type Token } from "../text/normalize.js";

/** A term of the question as the index knows it, with how sure the spelling correction is. */
export interface QueryTerm {
  readonly term: string;
  /** 1 for an exact term, less for a corrected spelling, 0 for a word the knowledge never uses. */
  readonly similarity: number;
  /** How much the term counts towards answering at all (idf, floored); unknown words weigh the most. */
  readonly weight: number;
  /** How much it counts in choosing between entries: named concepts (synonym groups) count more. */
  readonly rankWeight: number;
  /** A light word may add to a match but never counts against one when missing. */
  readonly light: boolean;
}

/** A correction may be one edit away (a swap of neighbours is one), two in long words. */
const LONG_WORD = 8;
/**
 * Every content word of a question counts for at least this share of the rarest term's weight:
 * idf alone would let a common name ("Putin") go unmatched almost for free, and a question
 * about Putin's age would pass as one about the article's age.
 */
const WEIGHT_FLOOR = 0.45;
const CONCEPT_FACTOR = 1.5;
/** Unknown short words and other languages' function words are rarely what a question is about. */
const MINOR_UNKNOWN_FACTOR = 0.3;
/** A word found inside a longer one ("Sanktionen" in "Wirtschaftssanktionen"), nearly letter for letter. */
const COMPOUND_SIMILARITY = 0.8;
const COMPOUND_SCORE = 0.05;
const MIN_FUZZY_LENGTH = 5;
const MIN_COMPOUND_LENGTH = 5;

/**
 * Corrects each token to a stem the knowledge uses (exact, ae/oe/ue spelling, typo, compound part),
 * then applies the synonym groups, so the question speaks the index's terms.
 */
export function queryTerms(tokens: readonly Token[], index: MatchIndex): QueryTerm[] {
  const corrected = tokens.map((token) => correct(token, index));
  return index.synonyms.spans(corrected.map((c) => c.term)).map(({ term, from, to }) => {
    if (to - from === 1) return weigh(term, corrected[from]!.similarity, tokens[from]!.word, index);
    // A phrase synonym joined several words: its spelling is as certain as its least certain word.
    const similarity = Math.min(...corrected.slice(from, to).map((c) => c.similarity));
    const words = tokens
      .slice(from, to)
      .map((token) => token.word)
      .join(" ");
    return weigh(term, index.termIds.has(term) ? similarity : 0, words, index);
  });
}

function weigh(term: string, similarity: number, word: string, index: MatchIndex): QueryTerm {
  const idf = idfOf(index, term);
  const floor = WEIGHT_FLOOR * index.unknownWeight;
  if (idf === undefined || similarity === 0) {
    const minor = word.length <= 3 || isStopwordIn(word, "de") || isStopwordIn(word, "en") || isLightWord(word);
    const weight = index.unknownWeight * (minor ? MINOR_UNKNOWN_FACTOR : 1);
    return { term, similarity: 0, weight, rankWeight: weight, light: minor };
  }
  // Intents ("?when") say what kind of answer is wanted, not what it is about: never more than the floor.
  const base = term.startsWith("?") ? floor : Math.max(idf, floor);
  const light = isLightWord(word);
  const weight = light ? base * MINOR_UNKNOWN_FACTOR : base;
  // Synonym groups are the concepts moderators named: "OSZE" decides which entry, more than "Rolle".
  return { term, similarity, weight, rankWeight: term.startsWith("~") ? weight * CONCEPT_FACTOR : weight, light };
}

const correctionCache = new WeakMap<MatchIndex, Map<string, { term: string; similarity: number }>>();

function correct(token: Token, index: MatchIndex): { term: string; similarity: number } {
  if (index.stems.has(token.term) || token.term.startsWith("?")) return { term: token.term, similarity: 1 };
  let cache = correctionCache.get(index);
  if (cache === undefined) correctionCache.set(index, (cache = new Map()));
  const cached = cache.get(token.word);
  if (cached !== undefined) return cached;
  const result = findCorrection(token, index);
  if (cache.size > 10_000) cache.clear();
  cache.set(token.word, result);
  return result;
}

function findCorrection(token: Token, index: MatchIndex): { term: string; similarity: number } {
  const known = index.surface.get(token.word);
  if (known !== undefined) return { term: known, similarity: 1 };
  // "Sicherheitsrates" and "Sicherheitsrat" stem apart in one language but meet in the other.
  for (const alias of stemsOf(token.word)) {
    const term = index.aliases.get(alias);
    if (term !== undefined) return { term, similarity: 1 };
  }
  // "Gespraeche" is how people without umlauts on the keyboard write "Gespräche".
  const transliterated = token.word.replace(/ae/g, "a").replace(/oe/g, "o").replace(/ue/g, "u");
  if (transliterated !== token.word) {
    const viaSurface = index.surface.get(transliterated);
    if (viaSurface !== undefined) return { term: viaSurface, similarity: 1 };
    const viaStem = stem(transliterated);
    if (index.stems.has(viaStem)) return { term: viaStem, similarity: 1 };
  }
  if (/^\d+$/.test(token.word) || token.word.length < MIN_FUZZY_LENGTH) return { term: token.term, similarity: 0 };
  const allowed = token.word.length >= LONG_WORD ? 2 : 1;
  const [near] = index.nearWords(token.word, allowed, token.word.length >= MIN_COMPOUND_LENGTH ? COMPOUND_SCORE : 0);
  if (near !== undefined) {
    const term = index.surface.get(near.item)!;
    return { term, similarity: near.edits === undefined ? COMPOUND_SIMILARITY : 1 - near.edits / token.word.length };
  }
  return decompound(token.word, index) ?? { term: token.term, similarity: 0 };
}

/**
 * German compounds carry their meaning in the last part: "Nachrichtenagentur" is an "Agentur",
 * "Truppenaufmarsch" an "Aufmarsch". The longest known tail of at least five letters stands in.
 */
function decompound(word: string, index: MatchIndex): { term: string; similarity: number } | undefined {
  for (let cut = 3; cut <= word.length - MIN_COMPOUND_LENGTH; cut++) {
    const tail = word.slice(cut);
    const term = index.surface.get(tail) ?? (index.stems.has(stem(tail)) ? stem(tail) : undefined);
    if (term !== undefined && !isStopwordIn(tail, "de")) return { term, similarity: COMPOUND_SIMILARITY };
  }
  return undefined;
}
