import type { Citation, Language } from "../knowledge/types.js";

export type AnswerStatus = "answered" | "ambiguous" | "no_match" | "smalltalk" | "invalid";

export interface Suggestion {
  readonly entryId: string;
  /** The entry's canonical question in the answer's language. */
  readonly question: string;
}

/** How a claim the asker wanted confirmed compares with the article: true, false, or not in it. */
export type Verdict = "yes" | "no" | "unsaid";

/** One entry's answer within an answer: a message that asks two things gets two parts. */
export interface AnswerPart {
  readonly entryId: string;
  /** The entry's canonical question in the answer's language. */
  readonly title: string;
  /** The entry's answer, after the verdict when the asker wanted a claim confirmed. */
  readonly answer: string;
  readonly citations: readonly Citation[];
  readonly verdict?: Verdict | undefined;
}

/** The entry nearest a question, with the language the question was read in and how near (0–1). */
export interface Nearest extends Suggestion {
  readonly language: Language;
  readonly score: number;
}

/** What the core returns for one question; adapters only render it. */
export interface Answer {
  readonly question: string;
  readonly status: AnswerStatus;
  readonly language: Language;
  /** The message a person would see, for every status (all parts' answers, when answered). */
  readonly answer: string;
  /** Set only when answered: the first part's entry. */
  readonly entryId: string | null;
  /** The matched entry's canonical question in `language`; null unless answered. */
  readonly title: string | null;
  /** Confidence 0–1, higher is better. */
  readonly score: number;
  /** Empty unless answered: every part's citations. */
  readonly citations: readonly Citation[];
  /** The answered entries, in the order asked: one for a plain question, two for "A and B?" (empty unless answered). */
  readonly parts: readonly AnswerPart[];
  /** Did-you-mean for ambiguous, nearest entries for no_match, empty otherwise. */
  readonly suggestions: readonly Suggestion[];
  /** Follow-up questions of the answered entry (its `related` ids). */
  readonly related: readonly Suggestion[];
  /** Topics to offer when nothing matched (ids with display names in `language`). */
  readonly topics: readonly { readonly id: string; readonly name: string }[];
}

export interface AnswerOptions {
  /** A hint such as the Discord locale; used only when the question's own language is unclear. */
  readonly languageHint?: string | undefined;
}
