import type { Language } from "../knowledge/types.js";

/**
 * Every sentence the bot says itself (not from the knowledge), one object per language: the core's,
 * Discord's, the console's and the moderators' /kb. Both catalogues are typed by this interface, so
 * a key missing from one of them does not compile.
 */
export interface Catalogue {
  readonly core: CoreMessages;
  readonly discord: DiscordMessages;
  readonly console: ConsoleMessages;
  readonly kb: KbMessages;
}

/** What the answering core says when the knowledge has no answer to give. */
export interface CoreMessages {
  readonly noMatch: string;
  readonly noMatchWithSuggestions: string;
  readonly ambiguous: string;
  /** One reply per kind of small talk the core recognises. */
  readonly smalltalk: {
    readonly greeting: string;
    readonly thanks: string;
    readonly help: string;
    readonly goodbye: string;
  };
  readonly empty: string;
  readonly tooLong: (limit: number) => string;
  readonly noText: string;
  /** Put before an entry's answer when it settles a claim the asker wanted confirmed. */
  readonly verdict: { readonly yes: string; readonly no: string; readonly unsaid: string };
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
export interface DiscordMessages {
  readonly commands: {
    readonly ask: CommandText & { readonly question: CommandText; readonly public: CommandText };
    readonly topics: CommandText;
    readonly source: CommandText & { readonly paragraph: CommandText };
    readonly help: CommandText;
  };
  /** What people write to a DM (or after a mention) to get the help, lowercase. */
  readonly helpWords: readonly string[];
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
    /** A person's own words echoed back, in this language's quotation marks. */
    readonly quoted: (text: string) => string;
  };
  /** The reply to 👍/👎, by what the analytics store made of the vote. */
  readonly feedback: {
    readonly recorded: string;
    readonly changed: string;
    readonly unchanged: string;
    readonly off: string;
    readonly failed: string;
  };
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

/** The local console (`npm start` without a token) and the plain-text answers of `npm run ask`. */
export interface ConsoleMessages {
  readonly banner: string;
  readonly help: string;
  readonly source: string;
  readonly topics: string;
  readonly related: string;
}

/** The moderators' /kb: its command and option descriptions, forms, outcomes and lists. */
export interface KbMessages {
  readonly command: {
    readonly description: string;
    readonly add: string;
    readonly edit: string;
    readonly remove: string;
    readonly addQuestion: string;
    readonly show: string;
    readonly reload: string;
    readonly history: string;
    readonly undo: string;
    readonly unanswered: string;
    readonly feedback: string;
    readonly entry: string;
    readonly entryToRemove: string;
    readonly topic: string;
    readonly paragraph: string;
    readonly quote: string;
    readonly id: string;
    readonly dropReferences: string;
    readonly question: string;
    readonly language: string;
    readonly languageNames: Readonly<Record<Language, string>>;
    readonly limit: string;
    readonly days: string;
  };
  readonly refused: {
    readonly dm: string;
    readonly otherServer: string;
    readonly noPermission: string;
    readonly notConfigured: string;
  };
  readonly form: {
    readonly addTitle: string;
    readonly editTitle: (id: string) => string;
    readonly questionsDe: string;
    readonly questionsEn: string;
    readonly answerDe: string;
    readonly answerEn: string;
    readonly source: string;
    readonly questionsHint: string;
    readonly answerHint: string;
    readonly sourceHint: string;
    readonly sourcePlaceholder: string;
    readonly reopen: string;
    readonly expired: string;
    readonly tooLong: (field: string) => string;
    readonly sourceLine: (line: number) => string;
    readonly pairRequired: string;
  };
  readonly outcome: {
    readonly refusedTitle: (count: number) => string;
    readonly refusedFooter: string;
    readonly refusedReopen: string;
    readonly saved: (summary: string, seq: number | undefined) => string;
    readonly live: string;
    readonly notLive: string;
    readonly unchanged: (summary: string) => string;
    readonly nothingEdited: string;
  };
  readonly remove: {
    readonly confirm: (id: string, question: string) => string;
    readonly dropsReferences: string;
    readonly button: string;
    readonly cancel: string;
    readonly cancelled: string;
  };
  readonly reload: {
    readonly okTitle: string;
    readonly brokenTitle: string;
    readonly brokenFooter: string;
  };
  readonly history: {
    readonly title: string;
    readonly empty: string;
    readonly field: (seq: number, at: string, author: string) => string;
  };
  readonly unanswered: {
    readonly title: (days: number) => string;
    readonly none: (days: number) => string;
    readonly analyticsOff: string;
    readonly line: (rank: number, count: number, question: string, language: string) => string;
    readonly also: (others: string) => string;
    readonly closest: (id: string, question: string, score: number) => string;
    readonly noClosest: string;
    readonly nowAnswered: (count: number) => string;
    /** Questions left out because a moderator marked them as out of scope. */
    readonly outOfScopeLeftOut: (count: number) => string;
    readonly phrasing: (rank: number, question: string) => string;
    readonly newEntry: (rank: number) => string;
    readonly outOfScope: (rank: number) => string;
    readonly footer: string;
  };
  readonly feedback: {
    readonly title: string;
    readonly none: string;
    readonly line: (down: number, up: number, id: string, question: string | undefined) => string;
  };
  readonly modLog: {
    readonly title: string;
    readonly footer: string;
  };
  readonly noEntry: (id: string) => string;
  readonly idTooLong: (id: string) => string;
  /** A draft's button whose signature is not the bot's for this moderator (forged, or someone else's). */
  readonly notSigned: string;
}
