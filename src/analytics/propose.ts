import { detectLanguage } from "../answering/language.js";
import { buildMatchIndex } from "../answering/matchIndex.js";
import { tokenize } from "../answering/normalize.js";
import { queryTerms } from "../answering/queryTerms.js";
import { rankEntries } from "../answering/rank.js";
import type { Knowledge, Language } from "../knowledge/types.js";

/** The entry an unanswered question most likely belongs to ("add as a phrasing of …"). */
export interface Proposal {
  readonly entryId: string;
  /** The entry's canonical question in the question's language. */
  readonly title: string;
  readonly language: Language;
  /** The answerer's confidence 0–1: low means "maybe a new entry instead". */
  readonly score: number;
}

/**
 * Ranks entries for questions with the answerer's own ranking, but without its threshold: a
 * moderator wants the nearest entry even for a question the bot did not dare to answer. The
 * index is built once, so a whole list of questions costs one build.
 */
export function createEntryProposer(knowledge: Knowledge): (question: string) => Proposal | undefined {
  const index = buildMatchIndex(knowledge);
  return (question) => {
    const { language } = detectLanguage(question, index);
    const best = rankEntries(queryTerms(tokenize(question, language), index), index)[0];
    const entry = best === undefined ? undefined : index.entries[best.entry];
    if (best === undefined || entry === undefined) return undefined;
    const score = Math.round(Math.min(1, Math.max(0, best.score)) * 1000) / 1000;
    return { entryId: entry.id, title: entry.questions[language][0]!, language, score };
  };
}
