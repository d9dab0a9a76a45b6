import type { Language } from "../../knowledge/types.js";
import type { MatchIndex } from "../index/matchIndex.js";
import { asksForDay, daysAfter, daysIn, detailsIn, type DayOfMonth, type Details } from "../text/dates.js";
import { asksForName } from "../text/names.js";
import { contentWords, foldWord, isLightWord, isStopwordIn, tokenize } from "../text/normalize.js";
import type { AnswerOptions } from "../types.js";
import { isOnlyChatter, withoutChatter } from "./chatter.js";
import { claimOf, claimParts, isConfirmationOnly } from "./claims.js";
import { comparisonOf } from "./comparison.js";
import { detectLanguage } from "./language.js";
import { cleanMessage, splitSentences } from "./message.js";
import { readsAsQuestion, splitQuestions } from "./questionSplit.js";
import { queryTerms, type QueryTerm } from "./queryTerms.js";
import { smalltalkKind, type SmalltalkKind } from "./smalltalk.js";

/** Longer messages are refused as `invalid`; nobody asks about one article in more words. */
export const MAX_QUESTION_LENGTH = 500;
/** More questions than this in one message: the first ones are answered. */
const MAX_ASKS = 3;

export type InvalidReason = "empty" | "tooLong" | "noText";

/** What a message is, before anything is looked up: the first stage's output. */
export type Understood =
  | { readonly kind: "invalid"; readonly text: string; readonly language: Language; readonly reason: InvalidReason }
  | { readonly kind: "smalltalk"; readonly text: string; readonly language: Language; readonly smalltalk: SmalltalkKind }
  | Message;

/** A message that asks something: its questions (usually one), and how they relate. */
export interface Message {
  readonly kind: "message";
  /** The message as sent. */
  readonly text: string;
  readonly language: Language;
  readonly asks: readonly Question[];
  /** Set when the message compares its two asks ("which is earlier, A or B"). */
  readonly comparison?: "order" | "difference" | undefined;
}

/** One question found in a message. */
export interface Question {
  readonly kind: "question";
  /** The question's own words, without the chatter around it. */
  readonly text: string;
  readonly language: Language;
  /** The question in the index's terms (spelling corrected, synonyms joined, intents such as "?when"). */
  readonly terms: readonly QueryTerm[];
  /** Its content words, as the learned ranker reads letters. */
  readonly words: readonly string[];
  /** The days of a month it names ("am 12.1.", "on January 13"): entries that give that day are nearer. */
  readonly days: readonly DayOfMonth[];
  /** The days it asks what comes after ("what happens after jan 13"). */
  readonly daysAfter: readonly DayOfMonth[];
  /** Whether it asks for a day of the month ("an welchem Tag", "what date"), not just when. */
  readonly asksDay: boolean;
  /** Whether it asks for a name ("wie heißt", "what's the name of"), not whether one is given. */
  readonly asksName: boolean;
  /** Set when it is a statement to confirm ("X, correct?"): the dates and numbers it names, to compare with the answer's. */
  readonly claim?: { readonly details: Details } | undefined;
}

/**
 * Reads a message: is it a question at all (empty, too long, no letters, small talk), which
 * language it is in, and what it asks: the chatter around the question set aside, a story before
 * it skipped, a claim to confirm, two questions or a comparison taken apart. Never throws.
 */
export function understand(question: string, options: AnswerOptions, index: MatchIndex): Understood {
  const text = typeof question === "string" ? question : "";
  const trimmed = text.trim();
  const cleaned = cleanMessage(trimmed.slice(0, MAX_QUESTION_LENGTH + 1));
  const { language } = detectLanguage(
    cleaned.length > 0 ? cleaned : trimmed.slice(0, MAX_QUESTION_LENGTH),
    index,
    options.languageHint,
  );
  if (trimmed.length === 0) return { kind: "invalid", text, language, reason: "empty" };
  if ([...trimmed].length > MAX_QUESTION_LENGTH) return { kind: "invalid", text, language, reason: "tooLong" };
  if (!/[\p{L}\p{N}]/u.test(trimmed)) return { kind: "invalid", text, language, reason: "noText" };
  const smalltalk = smalltalkKind(cleaned.length > 0 ? cleaned : trimmed);
  if (smalltalk !== undefined) return { kind: "smalltalk", text, language, smalltalk };

  const sentences = questionSentences(cleaned, language);
  if (sentences.length === 0) {
    // Only chatter ("hey bot, thanks!"): answered like a greeting or thanks.
    return { kind: "smalltalk", text, language, smalltalk: smalltalkKind(trimmed) ?? chatterKind(cleaned) };
  }
  const read = (ask: string, claim?: string): Question => readQuestion(ask, language, index, claim);
  if (sentences.length <= 2 && sentences.every((sentence) => sentence.claim === undefined)) {
    // "which happens later - the bilateral talks or the NATO meeting?": a dash or a colon may part the comparison from its sides.
    const comparison = comparisonOf(sentences.map((sentence) => sentence.text).join(": "));
    if (comparison !== undefined) {
      // "Which is earlier, A or B" is answered by when A and when B are; so is a side named by its
      // day ("the jan 13 meeting"): the entry of that day's event is the one meant.
      const when = language === "de" ? "wann " : "when ";
      const side = (named: string): Question => read(comparison.kind === "order" || /\d/.test(named) ? `${when}${named}` : named);
      const asks = [side(comparison.first), side(comparison.second)];
      return { kind: "message", text, language, asks, comparison: comparison.kind };
    }
  }
  const asks = sentences.flatMap(({ text: sentence, claim }) => {
    if (claim === undefined) return splitQuestions(sentence).map((part) => read(part));
    const parts = claimParts(claim);
    if (parts.length === 1) return [read(sentence, claim)];
    // "NATO am 12.": a part that dates something says when it happens; the rest of it may be a bare name.
    const when = language === "de" ? "wann" : "when";
    return parts.map((part) => read(part, isDated(part) ? `${when} ${part}` : part));
  });
  return { kind: "message", text, language, asks: asks.slice(0, MAX_ASKS) };
}

interface AskingSentence {
  readonly text: string;
  /** The statement to confirm, when the sentence is a claim. */
  readonly claim?: string | undefined;
}

/**
 * The sentences of a message that ask, without their chatter. A story around them is skipped; with
 * no sentence that reads as a question, the last one that says anything is taken.
 */
function questionSentences(message: string, language: Language): AskingSentence[] {
  const sentences = splitSentences(message);
  const kept: (AskingSentence & { asks: boolean })[] = [];
  for (const segment of sentences) {
    if (isConfirmationOnly(segment.text) && kept.length > 0) {
      // "Die NATO trifft sich am 14. Stimmt das?": the sentence before is the claim.
      const last = kept[kept.length - 1]!;
      kept[kept.length - 1] = { text: last.text, claim: last.claim ?? last.text, asks: true };
      continue;
    }
    if (isOnlyChatter(segment.text)) continue;
    const stripped = withoutChatter(segment.text);
    const claim = claimOf(stripped) ?? (segment.asks ? claimOf(`${stripped}?`) : undefined) ?? detailedYesNo(stripped, language);
    const asks = segment.asks || claim !== undefined || readsAsQuestion(stripped);
    kept.push({ text: stripped, claim: claim === undefined ? undefined : withoutChatter(claim), asks });
  }
  // Without a sentence that asks, the last one stands in as the question ("… finish the quote").
  const standIn = kept.some((sentence) => sentence.asks) ? -1 : kept.length - 1;
  const asking = kept.flatMap((sentence, at) => {
    if (!sentence.asks && at !== standIn) return [];
    // "Russland hat eine Kampftruppe an der Grenze stationiert – an welcher Grenze genau?": a question
    // too short to say what it is about leans on the statement right before it.
    const before = kept[at - 1];
    const leans =
      before !== undefined &&
      !before.asks &&
      !aboutTheAsker(before.text, language) &&
      sentence.claim === undefined &&
      (saysLittle(sentence.text, language) || quotesTopic(before.text) || pointsBack(sentence.text));
    return [leans ? { ...sentence, text: `${before.text} ${sentence.text}` } : sentence];
  });
  return asking.map(({ text, claim }) => ({ text, claim }));
}

/** "I promised to find out", "ich hab's gestern gelesen": the asker's own story names no topic. */
function aboutTheAsker(statement: string, language: Language): boolean {
  // "im" is an English "I'm" typed fast, but the German "in dem" ("Im Artikel steht …").
  const asker = language === "en" ? /^(?:i|i'm|im|i've|i'd|we)\b/i : /^(?:ich|wir|i|i'm|i've|i'd|we)\b/i;
  // "Ich bezweifle, dass Putin einen Angriff plant", "I doubt Russia occupied anything": a view of the topic, not a story;
  // "ich versteh den Teil mit dem Patt nicht", "I don't get the part about…": the topic not understood.
  const view =
    /^(?:ich|wir|i|we)\s+(?:\S+\s+)?(?:bezweifle|bezweifeln|glaube|glauben|denke|denken|dachte|dachten|doubt|think|thought|believe|believed|guess|assume|suppose|versteh|verstehe|verstehen|kapier|kapiere|understand|get)\b/i;
  return asker.test(statement.trim()) && !view.test(statement.trim());
}

/**
 * "the 'nothing about us without us' line – what did the spokesman say?": a quotation before the
 * question is what it asks about, however much the question says itself.
 */
function quotesTopic(statement: string): boolean {
  return /(?:^|[\s(])["„“”«»‚‘'][^"„“”«»‚‘']{3,}["“”«»‘’']/u.test(statement);
}

/**
 * "nothing about our allies and partners... finish the quote", "was heißt dieser Satz?": a question
 * about a quote or a sentence asks about the words before it, however many words it has itself.
 */
function pointsBack(sentence: string): boolean {
  return /\b(?:(?:the|this|that)\s+(?:quote|sentence|line|phrase|statement)|(?:das|dies|dieses|diesen|dieser|dem)\s+(?:zitat|satz|aussage|spruch)|diese\s+aussage|finish|complete|vervollständige\w*|ergänze\w*)\b/iu.test(
    sentence,
  );
}

/** At most one word that says what the question is about (question words and function words aside). */
function saysLittle(sentence: string, language: Language): boolean {
  return tokenize(sentence, language).filter((token) => !token.term.startsWith("?") && !isLightWord(token.word)).length <= 1;
}

function readQuestion(text: string, language: Language, index: MatchIndex, claim: string | undefined): Question {
  const details = claim === undefined ? undefined : detailsIn(claim);
  // A claim's dates are compared with the answer's, not matched: "on the 11th" must not pull the
  // claim away from the entry that says the 10th.
  const matched = withoutAttribution(claim === undefined ? text : withoutDetails(claim, index), language);
  const other: Language = language === "de" ? "en" : "de";
  // In a message that mixes languages ("what did der Sprecher say"), the other language's function words are no content.
  const tokens = tokenize(matched, language).filter(
    (token) => !(isStopwordIn(token.word, other) && !index.surface.has(token.word)),
  );
  return {
    kind: "question",
    text,
    language,
    terms: queryTerms(tokens, index),
    words: contentWords(matched),
    // A claim's days are checked, not looked for: "on the 11th, right?" must still find the 10th.
    days: claim === undefined ? daysIn(text) : [],
    // "Gibt es nach dem 13. noch Treffen?" asks past the end as much as "what comes after the 13th".
    daysAfter: daysAfter(text),
    asksDay: claim === undefined && asksForDay(text),
    asksName: claim === undefined && asksForName(text),
    ...(details === undefined ? {} : { claim: { details } }),
  };
}

/**
 * A claim without the details it is checked on: days ("the 11th", "am 14."), and months, weekdays
 * and numbers the knowledge never uses ("im März", "in 2014") — those would only make the claim
 * look unlike the entry it is about.
 */
const MONTH =
  "jan(?:uary|uar)?|feb(?:ruary|ruar)?|m(?:a|ä|ae)r(?:ch|z)?|apr(?:il)?|ma[yi]|jun[ie]?|jul[iy]?|aug(?:ust)?|sept?(?:ember)?|o[ck]t(?:ober)?|nov(?:ember)?|de[cz](?:ember)?";

// Only the date a claim puts something on ("is on January 10"): "the Jan 10 meeting" names which meeting it is about.
const MONTH_DAY = new RegExp(`\\b((?:on|for)\\s+(?:${MONTH})\\.?)\\s+\\d{1,2}\\b(?![.,:]?\\d)`, "giu");
const DAY_MONTH = new RegExp(`\\b((?:on|for)\\s+(?:the\\s+)?)\\d{1,2}\\s+(?=(?:${MONTH})\\b)`, "giu");

function withoutDetails(text: string, index: MatchIndex): string {
  return (
    text
      // "exactly 100,000 troops", "genau am 14.": in a claim the word sharpens the detail, it asks for none.
      .replace(/\b(?:exactly|precisely|genau|exakt)\b/gi, " ")
      .replace(/\b\d{1,2}(?:st|nd|rd|th)\b/gi, " ")
      .replace(/\b(?:am|vom|zum|den|on the|the)\s+\d{1,2}\.?(?=\s|$|,)/gi, " ")
      .replace(/\b\d{1,2}\.\s*(?=\p{L})/gu, " ")
      .replace(/\b\d{1,2}\.\d{1,2}\.(?!\d)/g, " ")
      // "on January 10", "on 10 Jan": the month stays, it names which meetings the claim is about.
      .replace(MONTH_DAY, "$1 ")
      .replace(DAY_MONTH, "$1 ")
      .replace(/[\p{L}\p{N}][\p{L}\p{N}.,']*/gu, (word) =>
        isDetailWord(word) && !index.surface.has(foldWord(word)) ? " " : word,
      )
  );
}

/**
 * "… according to the senior official", "was hat Russland laut dem Beamten des Weißen Hauses …": who
 * said it is where the article has it from, not what the question is about — unless it is all the
 * question names.
 */
const ATTRIBUTION =
  /\b(?:acc?ording to|acc to|as per|laut|gem(?:ä|ae|a)(?:ß|ss)|nach angaben)\s+(?:the\s+|dem\s+|der\s+|den\s+|des\s+)?(?:senior\s+|top\s+|hochrangigen\s+|anonymen\s+|anonymous\s+)?(?:white house\s+|nsc\s+|us\s+|us-)?(?:officials?|offical|spokesperson|spokes(?:wo)?man|guy|sprecher(?:in)?|(?:regierungs)?beamten?)(?:\s+(?:des|vom|of the|from the)\s+(?:wei(?:ß|ss)en hauses|white house|nationalen sicherheitsrates?|national security council|nsc))?/gi;

function withoutAttribution(text: string, language: Language): string {
  const rest = text.replace(ATTRIBUTION, " ");
  return rest === text || saysLittle(rest, language) ? text : rest;
}

function isDated(text: string): boolean {
  const details = detailsIn(text);
  return details.days.length + details.weekdays.length > 0;
}

function isDetailWord(word: string): boolean {
  const details = detailsIn(word);
  return details.months.length > 0 || details.weekdays.length > 0 || details.numbers.length > 0;
}

/** How a yes/no question starts, per language ("was" asks "what" in German, "was it" in English). */
const YES_NO_START: Readonly<Record<Language, RegExp>> = {
  de: /^(?:ist|sind|war|waren|hat|haben|hatte|findet|fand|wird|werden|trifft|treffen|kommt|gab|gibt)\b/i,
  // Not "was is am 13.1.": the German "was" (what) typed into a mixed sentence asks, it claims nothing.
  en: /^(?:is|are|was(?!\s+(?:is|ist|isn|passiert|geht|steht|los)\b)|were|did|does|do|has|have|will)\b/i,
};

/**
 * "Hat der Beamte das am Dienstag gesagt?", "Was the summit in March?": a yes/no question that names
 * a date, month, weekday or number is a claim to check like "…, right?".
 */
function detailedYesNo(sentence: string, language: Language): string | undefined {
  if (!YES_NO_START[language].test(sentence)) return undefined;
  const details = detailsIn(sentence);
  const named = details.days.length + details.months.length + details.weekdays.length + details.numbers.length;
  return named > 0 ? sentence : undefined;
}

function chatterKind(message: string): SmalltalkKind {
  return /\b(?:thanks?|thx|ty|danke|merci|cheers)\b/i.test(message) ? "thanks" : "greeting";
}
