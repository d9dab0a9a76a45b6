import type { VoteResult } from "../analytics/types.js";
import type { SmalltalkKind } from "../answering/understand/smalltalk.js";

/** Every sentence the core says itself (not from the knowledge), one object per language. */
export interface CoreMessages {
  readonly noMatch: string;
  readonly noMatchWithSuggestions: string;
  readonly ambiguous: string;
  readonly smalltalk: Readonly<Record<SmalltalkKind, string>>;
  readonly empty: string;
  readonly tooLong: (limit: number) => string;
  readonly noText: string;
  /** Put before an entry's answer when it settles a claim the asker wanted confirmed. */
  readonly verdict: Readonly<Record<"yes" | "no" | "unsaid", string>>;
  /** Which of two things comes first, by the dates the article gives. */
  readonly order: (first: string, firstDate: string, second: string, secondDate: string) => string;
  /** Both on the same day. */
  readonly sameDay: (first: string, second: string, date: string) => string;
  /** One of two questions in a message that the article does not answer. */
  readonly partUnanswered: (question: string) => string;
  /** "10. Januar" / "January 10"; month is 1–12. */
  readonly date: (day: number, month: number | undefined) => string;
}

/** A slash command's or option's name and description in one language (names: lowercase, no spaces). */
export interface CommandText {
  readonly name: string;
  readonly description: string;
}

/**
 * What the Discord surface says around the core's answers: buttons, labels, help, errors and the
 * command descriptions. Labels inside an answer follow the answer's language; everything else the locale.
 */
export interface InterfaceMessages {
  readonly commands: {
    readonly ask: CommandText & { readonly question: CommandText; readonly public: CommandText };
    readonly topics: CommandText;
    readonly source: CommandText & { readonly paragraph: CommandText };
    readonly help: CommandText;
  };
  readonly buttons: {
    readonly share: string;
    readonly showParagraph: string;
    readonly showParagraphs: string;
  };
  readonly menus: {
    readonly didYouMean: string;
    readonly chooseQuestion: string;
  };
  readonly answer: {
    readonly source: string;
    readonly paragraph: (paragraph: number) => string;
  };
  /** The reply to 👍/👎, by what the analytics store made of the vote. */
  readonly feedback: Readonly<Record<VoteResult, string>>;
  readonly cooldown: (seconds: number) => string;
  readonly apology: string;
  readonly unknownEntry: string;
  readonly unknownTopic: string;
  readonly sourceInfo: {
    readonly dateline: string;
    readonly talks: string;
    readonly note: string;
    readonly paragraphs: string;
    readonly paragraphCount: (count: number) => string;
    readonly paragraphTitle: (paragraph: number, total: number) => string;
    readonly noParagraph: (paragraph: number, total: number) => string;
  };
  readonly topics: {
    readonly title: string;
    readonly intro: string;
    readonly more: (count: number) => string;
  };
  readonly help: {
    readonly title: string;
    readonly body: string;
    /** What is stored and for how long (`ANALYTICS_RETENTION_DAYS`), or that nothing is (`ANALYTICS=off`). */
    readonly stored: (days: number) => string;
    readonly nothingStored: string;
  };
}
