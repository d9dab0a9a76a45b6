import type { Entry, Knowledge } from "../../knowledge/types.js";
import { stemsOf } from "../text/normalize.js";
import { createNearWords, type NearWords } from "./nearWords.js";
import type { PostingLists } from "./postingLists.js";
import { createTables, packTables, type Phrasings } from "./indexTables.js";
import { buildSynonymMap, type SynonymMap } from "./synonyms.js";
import { textReader } from "./textMemo.js";
import type { Language } from "../../knowledge/types.js";
import { createWordPrefixes, type CompleteWord } from "./wordPrefixes.js";

/** Terms found only in an entry's answer or quotes count for less than its questions' terms. */
export const CONTENT_FACTOR = 0.7;

/**
 * What a build reads out of the knowledge: plain data (maps, sets, typed arrays), so a start may
 * keep it with the knowledge's snapshot and take it back in milliseconds instead of building it.
 */
export interface MatchIndexData {
  readonly phrasings: Phrasings;
  /** Every term of the phrasings and answers → its id in the arrays below. */
  readonly termIds: ReadonlyMap<string, number>;
  /** Inverse document frequency over entries, by term id. */
  readonly idf: Float64Array;
  /** Term id → ids of the phrasings that hold it, ascending. */
  readonly postings: PostingLists;
  /**
   * Term id → the entries whose questions (flag 1, factor 1) or only answer text (flag 0,
   * CONTENT_FACTOR) hold it, ascending.
   */
  readonly bag: PostingLists;
  /** Weight of a word the knowledge has never seen. */
  readonly unknownWeight: number;
  /** Every stem the knowledge uses (before synonyms), for spelling correction. */
  readonly stems: ReadonlySet<string>;
  /** Folded surface word → its stem; the words near a misspelt one, and completions of a half-typed one. */
  readonly surface: ReadonlyMap<string, string>;
  /** The surface words, those the knowledge uses most first: "kri" is more likely "krim" than "kritik". */
  readonly wordsByUse: readonly string[];
  /** Either language's stem of a known word → the term the index uses for that word. */
  readonly aliases: ReadonlyMap<string, string>;
  /** Folded word → how often it occurs in German and in English questions. */
  readonly languageVotes: ReadonlyMap<string, { de: number; en: number }>;
  /**
   * Intent ("?when", "?where", …) → per entry, the share of its phrasings that ask with it: an entry
   * people ask "when" about, and never "where", is not the answer to a "where" question.
   */
  readonly intentShare: ReadonlyMap<string, Float64Array>;
}

/** Everything the matcher needs, built once per knowledge version. */
export interface MatchIndex extends MatchIndexData {
  /** The data alone, as a start may keep it (the fields above, without the lookups below). */
  readonly data: MatchIndexData;
  readonly entries: readonly Entry[];
  readonly nearWords: NearWords;
  readonly completeWord: CompleteWord;
  readonly synonyms: SynonymMap;
}

/** The idf of a term the knowledge uses; undefined for any other. */
export function idfOf(index: MatchIndex, term: string): number | undefined {
  const id = index.termIds.get(term);
  return id === undefined ? undefined : index.idf[id];
}

/** Indexes every phrasing (questions in both languages, keywords) and the answers' words. */
export function buildMatchIndex(knowledge: Knowledge): MatchIndex {
  const synonyms = buildSynonymMap(knowledge.synonyms);
  return matchIndexOf(knowledge, readMatchIndexData(knowledge, synonyms), synonyms);
}

/**
 * The index of `knowledge` from its data, built now or kept from an earlier build of the same
 * knowledge: what is left to build are the lookups over its words (tens of milliseconds).
 */
export function matchIndexOf(
  knowledge: Knowledge,
  data: MatchIndexData,
  synonyms: SynonymMap = buildSynonymMap(knowledge.synonyms),
): MatchIndex {
  return {
    ...data,
    data,
    entries: knowledge.entries,
    nearWords: createNearWords([...data.surface.keys()]),
    completeWord: createWordPrefixes(data.wordsByUse),
    synonyms,
  };
}

function readMatchIndexData(knowledge: Knowledge, synonyms: SynonymMap): MatchIndexData {
  const stems = new Set<string>();
  const surface = new Map<string, string>();
  const wordCount = new Map<string, number>();
  const intentCounts = new Map<string, Float64Array>();
  const languageVotes = new Map<string, { de: number; en: number }>();
  const termIds = new Map<string, number>();
  const idOf = (term: string): number => {
    let id = termIds.get(term);
    if (id === undefined) termIds.set(term, (id = termIds.size));
    return id;
  };

  const reader = textReader(countTexts(knowledge));
  const termsOf = (text: string, language: Language | "any"): string[] => {
    const tokens = reader.tokens(text, language);
    for (const token of tokens) {
      stems.add(token.term);
      if (token.term.startsWith("?")) continue;
      if (!surface.has(token.word)) surface.set(token.word, token.term);
      wordCount.set(token.word, (wordCount.get(token.word) ?? 0) + 1);
    }
    return synonyms.apply(tokens.map((token) => token.term));
  };
  // Many entries quote the same sentences of the one article: each text is read once. The
  // vocabulary side effects of termsOf happened on the first reading, so nothing is lost.
  const answerTermsCache = { de: new Map<string, readonly number[]>(), en: new Map<string, readonly number[]>() };
  const answerTermsOf = (text: string, language: Language): readonly number[] => {
    let ids = answerTermsCache[language].get(text);
    if (ids === undefined) {
      ids = [...new Set(termsOf(text, language).filter((term) => !term.startsWith("?")))].map(idOf);
      answerTermsCache[language].set(text, ids);
    }
    return ids;
  };

  const collected = createTables();
  const { phrasingEntry, phrasingTerms, phrasingTermStart, bagTerm, bagEntry, bagInQuestions } = collected;
  // Stamps instead of a Set per phrasing and per entry: inPhrasing[term id] === phrasing id + 1
  // when the phrasing already holds the term, inQuestions / inEntry likewise with entry + 1.
  const inPhrasing: number[] = [];
  const inQuestions: number[] = [];
  const inEntry: number[] = [];

  knowledge.entries.forEach((entry, entryIndex) => {
    const stamp = entryIndex + 1;
    const add = (text: string, language: Language | "any"): void => {
      const terms = termsOf(text, language);
      if (terms.length === 0) return;
      const id = phrasingEntry.length;
      phrasingEntry.push(entryIndex);
      for (const intent of new Set(terms.filter((term) => term.startsWith("?"))))
        countIntent(intentCounts, intent, entryIndex, knowledge.entries.length);
      for (const term of terms) {
        const termId = idOf(term);
        if (inPhrasing[termId] === id + 1) continue;
        inPhrasing[termId] = id + 1;
        phrasingTerms.push(termId);
        if (inQuestions[termId] !== stamp) {
          inQuestions[termId] = stamp;
          inEntry[termId] = stamp;
          bagTerm.push(termId);
          bagEntry.push(entryIndex);
          bagInQuestions.push(1);
        }
      }
      phrasingTermStart.push(phrasingTerms.length);
    };
    for (const language of ["de", "en"] as const) {
      for (const question of [...entry.questions[language], ...entry.phrasings[language]]) {
        add(question, language);
        for (const word of reader.words(question)) vote(languageVotes, word, language);
      }
    }
    for (const keyword of entry.keywords) add(keyword, "any");
    const answerTexts: [string, Language][] = [
      [entry.answer.de, "de"],
      [entry.answer.en, "en"],
      ...entry.citations.map((c): [string, Language] => [c.quote, "de"]),
    ];
    for (const [text, language] of answerTexts) {
      for (const termId of answerTermsOf(text, language)) {
        if (inEntry[termId] === stamp) continue;
        inEntry[termId] = stamp;
        bagTerm.push(termId);
        bagEntry.push(entryIndex);
        bagInQuestions.push(0);
      }
    }
  });

  for (const group of knowledge.synonyms) for (const member of group) termsOf(member, "any");

  const tables = packTables(collected, termIds.size, knowledge.entries.length);
  const aliases = new Map<string, string>();
  for (const [word, term] of surface) {
    for (const alias of stemsOf(word)) if (!aliases.has(alias)) aliases.set(alias, term);
  }
  for (const counts of intentCounts.values()) {
    for (let e = 0; e < counts.length; e++)
      counts[e] = counts[e]! / Math.max(1, tables.phrasings.ofEntry[e + 1]! - tables.phrasings.ofEntry[e]!);
  }
  return {
    intentShare: intentCounts,
    ...tables,
    termIds,
    stems,
    surface,
    wordsByUse: [...surface.keys()].sort((a, b) => wordCount.get(b)! - wordCount.get(a)!),
    aliases,
    languageVotes,
  };
}

/** Every text an index build reads. */
function countTexts(knowledge: Knowledge): number {
  let count = knowledge.synonyms.reduce((sum, group) => sum + group.length, 0);
  for (const entry of knowledge.entries) {
    count += entry.questions.de.length + entry.questions.en.length + entry.phrasings.de.length + entry.phrasings.en.length;
    count += entry.keywords.length + 2 + entry.citations.length;
  }
  return count;
}

function countIntent(counts: Map<string, Float64Array>, intent: string, entry: number, entries: number): void {
  let perEntry = counts.get(intent);
  if (perEntry === undefined) counts.set(intent, (perEntry = new Float64Array(entries)));
  perEntry[entry]!++;
}

function vote(votes: Map<string, { de: number; en: number }>, word: string, language: Language): void {
  let tally = votes.get(word);
  if (tally === undefined) votes.set(word, (tally = { de: 0, en: 0 }));
  tally[language]++;
}
