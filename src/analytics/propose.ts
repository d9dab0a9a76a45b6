import type { Answerer } from "../answering/answerer.js";
import { entriesById } from "../knowledge/entriesById.js";
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
 * wants the nearest entry even for a question the bot did not dare to answer. `language`: the
 * language the question was answered in (the asker's locale may have decided it), for the title
 * and the phrasing; without it, the language the answerer reads the question in alone.
 */
export function createEntryProposer(answerer: Answerer): (question: string, language?: Language) => Proposal | undefined {
  const entries = entriesById(answerer.knowledge);
  return (question, language) => {
    const nearest = answerer.nearest(question);
    if (nearest === undefined) return undefined;
    const asked = language ?? nearest.language;
    const title = entries.get(nearest.entryId)?.questions[asked][0] ?? nearest.question;
    return { entryId: nearest.entryId, title, language: asked, score: nearest.score };
  };
}
