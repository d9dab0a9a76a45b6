import type { Citation, Language } from "../knowledge/types.js";

export type AnswerStatus = "answered" | "ambiguous" | "no_match" | "smalltalk" | "invalid";

export interface Suggestion {
  readonly entryId: string;
  /** The entry's canonical question in the answer's language. */
  readonly question: string;
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
  /** The message a person would see, for every status. */
  readonly answer: string;
  /** Set only when answered. */
  readonly entryId: string | null;
  /** The matched entry's canonical question in `language`; null unless answered. */
  readonly title: string | null;
  /** Confidence 0–1, higher is better. */
  readonly score: number;
  /** Empty unless answered. */
  readonly citations: readonly Citation[];
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
