import type { Answerer } from "../answering/answerer.js";
import type { Language } from "../knowledge/types.js";

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
 * Proposes entries with the live answerer's own ranking, but without its threshold: a moderator
 * wants the nearest entry even for a question the bot did not dare to answer.
 */
export function createEntryProposer(answerer: Answerer): (question: string) => Proposal | undefined {
  return (question) => {
    const nearest = answerer.nearest(question);
    if (nearest === undefined) return undefined;
    return { entryId: nearest.entryId, title: nearest.question, language: nearest.language, score: nearest.score };
  };
}
