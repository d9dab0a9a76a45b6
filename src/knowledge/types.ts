/** The languages the knowledge is written in and the bot answers in, the article's own first. */
export const LANGUAGES = ["de", "en"] as const;
export type Language = (typeof LANGUAGES)[number];

export function isLanguage(value: string): value is Language {
  return (LANGUAGES as readonly string[]).includes(value);
}

export interface Citation {
  /** 1-based: the N-th non-empty line of the article. */
  readonly paragraph: number;
  /** Verbatim article text; "…" marks an elision. */
  readonly quote: string;
}

export type Localized<T = string> = Readonly<Record<Language, T>>;

export interface ArticleMeta {
  readonly headline: string;
  readonly language: Language;
  /** What the text itself says about its date, e.g. "Montag (27. Dezember)". */
  readonly dateline: Localized;
  /** When the talks it announces take place, as the text says. */
  readonly talks: Localized;
  /** Free-form notes shown by /source (no invented outlet, author or URL). */
  readonly note?: Localized;
}

export interface Article {
  /** Paragraph N is paragraphs[N - 1]: the N-th non-empty line of the article file. */
  readonly paragraphs: readonly string[];
  readonly meta: ArticleMeta;
}

export interface Entry {
  readonly id: string;
  readonly topic: string;
  /** The first of each list is the canonical question. */
  readonly questions: Localized<readonly string[]>;
  readonly answer: Localized;
  readonly citations: readonly Citation[];
  readonly keywords: readonly string[];
  readonly related: readonly string[];
  /** More ways people ask for this entry, from its file under `phrasings/` (empty when it has none). */
  readonly phrasings: Localized<readonly string[]>;
  /** Questions about this entry's subject that the article does not answer (from the same file). */
  readonly outOfScope: Localized<readonly string[]>;
}

/** The validated knowledge: what the answering core works on. */
export interface Knowledge {
  readonly article: Article;
  readonly topics: Readonly<Record<string, Localized>>;
  readonly entries: readonly Entry[];
  /** Groups of words or short phrases that mean the same here, in either language. */
  readonly synonyms: readonly (readonly string[])[];
  /** Questions near the article's subject that it does not answer: the bot learns to decline them. */
  readonly outOfScope: Localized<readonly string[]>;
}
