import Fuse from "fuse.js";
import type { Entry, Knowledge } from "../knowledge/types.js";
import { tokenize, words } from "./normalize.js";
import { buildSynonymMap, type SynonymMap } from "./synonyms.js";
import type { Language } from "./types.js";

/** Terms found only in an entry's answer or quotes count for less than its questions' terms. */
export const CONTENT_FACTOR = 0.7;

export interface Phrasing {
  readonly entry: number;
  readonly text: string;
  readonly language: Language | "any";
  readonly terms: readonly string[];
  readonly weight: number;
}

/** Everything the matcher needs, built once per knowledge version. */
export interface MatchIndex {
  readonly entries: readonly Entry[];
  readonly phrasings: readonly Phrasing[];
  /** How many phrasings each entry has. */
  readonly phrasingCount: readonly number[];
  /** term → ids of the phrasings that hold it. */
  readonly postings: ReadonlyMap<string, readonly number[]>;
  /** term → the entries whose questions (factor 1) or only answer text (CONTENT_FACTOR) hold it. */
  readonly bag: ReadonlyMap<string, ReadonlyMap<number, number>>;
  /** Inverse document frequency over entries. */
  readonly idf: ReadonlyMap<string, number>;
  /** Weight of a word the knowledge has never seen. */
  readonly unknownWeight: number;
  /** Every stem the knowledge uses (before synonyms), for spelling correction. */
  readonly stems: ReadonlySet<string>;
  /** Folded surface word → its stem, and the fuzzy searcher over those words. */
  readonly surface: ReadonlyMap<string, string>;
  readonly fuzzy: Fuse<string>;
  readonly synonyms: SynonymMap;
  /** Folded word → how often it occurs in German and in English questions. */
  readonly languageVotes: ReadonlyMap<string, { de: number; en: number }>;
}

/** Indexes every phrasing (questions in both languages, keywords) and the answers' words. */
export function buildMatchIndex(knowledge: Knowledge): MatchIndex {
  const synonyms = buildSynonymMap(knowledge.synonyms);
  const phrasings: Phrasing[] = [];
  const postings = new Map<string, number[]>();
  const bagIndex = new Map<string, Map<number, number>>();
  const documentFrequency = new Map<string, number>();
  const stems = new Set<string>();
  const surface = new Map<string, string>();
  const languageVotes = new Map<string, { de: number; en: number }>();

  const termsOf = (text: string, language: Language | "any"): string[] => {
    const tokens = tokenize(text, language);
    for (const token of tokens) {
      stems.add(token.term);
      if (!token.term.startsWith("?") && !surface.has(token.word)) surface.set(token.word, token.term);
    }
    return synonyms.apply(tokens.map((token) => token.term));
  };

  knowledge.entries.forEach((entry, entryIndex) => {
    const bag = new Set<string>();
    const add = (text: string, language: Language | "any"): void => {
      const terms = [...new Set(termsOf(text, language))];
      if (terms.length === 0) return;
      const id = phrasings.length;
      phrasings.push({ entry: entryIndex, text, language, terms, weight: 0 });
      for (const term of terms) {
        bag.add(term);
        let list = postings.get(term);
        if (list === undefined) postings.set(term, (list = []));
        list.push(id);
      }
    };
    for (const language of ["de", "en"] as const) {
      for (const question of entry.questions[language]) {
        add(question, language);
        for (const word of words(question)) vote(languageVotes, word, language);
      }
    }
    for (const keyword of entry.keywords) add(keyword, "any");
    const answerText = [entry.answer.de, entry.answer.en, ...entry.citations.map((c) => c.quote)];
    const answerTerms = new Set(
      answerText.flatMap((text, k) => termsOf(text, k === 1 ? "en" : "de")).filter((term) => !term.startsWith("?")),
    );
    for (const term of bag) setFactor(bagIndex, term, entryIndex, 1);
    for (const term of answerTerms) if (!bag.has(term)) setFactor(bagIndex, term, entryIndex, CONTENT_FACTOR);
    for (const term of new Set([...bag, ...answerTerms])) {
      documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
    }
  });

  for (const group of knowledge.synonyms) for (const member of group) termsOf(member, "any");

  const total = Math.max(1, knowledge.entries.length);
  const idf = new Map<string, number>();
  for (const [term, df] of documentFrequency) idf.set(term, Math.log(1 + total / df));
  const unknownWeight = Math.log(1 + total);
  const weighted = phrasings.map((p) => ({ ...p, weight: p.terms.reduce((sum, t) => sum + (idf.get(t) ?? unknownWeight), 0) }));

  const fuzzy = new Fuse([...surface.keys()], {
    includeScore: true,
    threshold: 0.4,
    ignoreLocation: true,
    ignoreFieldNorm: true,
    isCaseSensitive: true,
    minMatchCharLength: 3,
  });

  const phrasingCount = knowledge.entries.map(() => 0);
  for (const phrasing of phrasings) phrasingCount[phrasing.entry]!++;

  return {
    entries: knowledge.entries,
    phrasings: weighted,
    phrasingCount,
    postings,
    bag: bagIndex,
    idf,
    unknownWeight,
    stems,
    surface,
    fuzzy,
    synonyms,
    languageVotes,
  };
}

function setFactor(bag: Map<string, Map<number, number>>, term: string, entry: number, factor: number): void {
  let perEntry = bag.get(term);
  if (perEntry === undefined) bag.set(term, (perEntry = new Map()));
  perEntry.set(entry, factor);
}

function vote(votes: Map<string, { de: number; en: number }>, word: string, language: Language): void {
  let tally = votes.get(word);
  if (tally === undefined) votes.set(word, (tally = { de: 0, en: 0 }));
  tally[language]++;
}
