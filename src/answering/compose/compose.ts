import type { Entry, Knowledge } from "../../knowledge/types.js";
import type { Language } from "../../knowledge/types.js";
import { entriesById } from "../../knowledge/entriesById.js";
import { coreMessages } from "../../i18n/index.js";
import type { CoreMessages } from "../../i18n/index.js";
import { entryDays } from "../index/entryFacts.js";
import type { Decision } from "../decide/decide.js";
import type { Matcher } from "../matcher.js";
import type { Ranking } from "../retrieve/lexicalScore.js";
import type { Answer, AnswerPart, Suggestion } from "../types.js";
import { MAX_QUESTION_LENGTH, type Message, type Understood } from "../understand/understand.js";

/** One ask of a message with what the stages made of it. */
export interface Decided {
  readonly decision: Decision;
  /** The lexical ranking of the ask, for the topics offered with a decline. */
  readonly ranking: Ranking;
}

/** The last stage: the decisions as an `Answer`, with every sentence in the asker's language. */
export function compose(understood: Understood, decided: readonly Decided[], matcher: Matcher): Answer {
  const { text, language } = understood;
  const messages = coreMessages(language);
  if (understood.kind === "invalid") {
    const reason = understood.reason;
    return empty(text, "invalid", language, reason === "tooLong" ? messages.tooLong(MAX_QUESTION_LENGTH) : messages[reason]);
  }
  if (understood.kind === "smalltalk") return empty(text, "smalltalk", language, messages.smalltalk[understood.smalltalk]);
  const entries = matcher.knowledge.entries;

  const answered = decided.flatMap(({ decision }, k) =>
    decision.kind === "answer" ? [{ decision, ask: understood.asks[k]! }] : [],
  );
  if (answered.length > 0) {
    const parts = answered.flatMap(({ decision }) => [
      partOf(entries[decision.candidate.entry]!, language, decision.verdict, messages),
      ...(decision.onThatDay === undefined ? [] : [partOf(entries[decision.onThatDay.entry]!, language, undefined, messages)]),
    ]);
    // Two asks of one entry ("wann A und wann B" where one entry gives both): one part says it all.
    const distinct = parts.filter((part, k) => parts.findIndex((other) => other.entryId === part.entryId) === k);
    const lines = distinct.map((part) => part.answer);
    const comparison = compareParts(
      understood,
      answered.map(({ decision }) => entries[decision.candidate.entry]!),
      messages,
    );
    if (comparison !== undefined) lines.unshift(comparison);
    const missed = understood.asks.filter((_, k) => decided[k]!.decision.kind !== "answer");
    for (const ask of missed) lines.push(messages.partUnanswered(echoed(ask.text)));
    const first = entries[answered[0]!.decision.candidate.entry]!;
    return {
      ...answerOf(text, first, language, Math.min(...answered.map(({ decision }) => decision.confidence)), matcher.knowledge),
      answer: lines.join("\n\n"),
      citations: distinct.flatMap((part) => part.citations),
      parts: distinct,
    };
  }

  const ambiguous = decided.find(({ decision }) => decision.kind === "ambiguous");
  if (ambiguous !== undefined && ambiguous.decision.kind === "ambiguous") {
    return {
      ...empty(text, "ambiguous", language, messages.ambiguous),
      score: round(ambiguous.decision.confidence),
      suggestions: ambiguous.decision.candidates.map((c) => suggestionOf(entries[c.entry]!, language)),
    };
  }
  const first = decided[0];
  const nearest = first?.decision.kind === "decline" ? first.decision.nearest : [];
  const suggestions = nearest.map((c) => suggestionOf(entries[c.entry]!, language));
  return {
    ...empty(text, "no_match", language, suggestions.length > 0 ? messages.noMatchWithSuggestions : messages.noMatch),
    score: round(first?.decision.confidence ?? 0),
    suggestions,
    topics: first === undefined ? [] : topicsFor(matcher.knowledge, first.ranking, language),
  };
}

/** An entry's answer as if `question` had asked for it. */
export function answerOf(question: string, entry: Entry, language: Language, score: number, knowledge: Knowledge): Answer {
  const byId = entriesById(knowledge);
  const part = partOf(entry, language, undefined, coreMessages(language));
  return {
    ...empty(question, "answered", language, part.answer),
    entryId: entry.id,
    title: part.title,
    score: round(score),
    citations: part.citations,
    parts: [part],
    related: entry.related.flatMap((id) => {
      const other = byId.get(id);
      return other === undefined ? [] : [suggestionOf(other, language)];
    }),
  };
}

function partOf(entry: Entry, language: Language, verdict: AnswerPart["verdict"], messages: CoreMessages): AnswerPart {
  const text = entry.answer[language];
  // "Nein – laut dem Artikel …": after a verdict the answer goes on in the same sentence.
  const answer = verdict === undefined ? text : `${messages.verdict[verdict]}${verdict === "unsaid" ? text : lowerFirst(text)}`;
  return {
    entryId: entry.id,
    title: entry.questions[language][0]!,
    answer,
    citations: entry.citations.map(({ paragraph, quote }) => ({ paragraph, quote })),
    ...(verdict === undefined ? {} : { verdict }),
  };
}

/** "Which is earlier, A or B": the order of the two entries' dates, in the asker's words for them. */
function compareParts(message: Message, entries: readonly Entry[], messages: CoreMessages): string | undefined {
  if (message.comparison !== "order" || entries.length !== 2) return undefined;
  const [first, second] = entries.map((entry) => entryDays(entry).find((d) => d.month !== undefined));
  if (first === undefined || second === undefined || first.month === undefined || second.month === undefined) return undefined;
  // The asker's words for the two, without the "when" the comparison was asked as.
  const [a, b] = message.asks.map((ask) => echoed(ask.text.replace(/^(?:wann|when) /, "")));
  if (a === undefined || b === undefined) return undefined;
  const order = first.month * 32 + first.day - (second.month * 32 + second.day);
  if (order === 0) return messages.sameDay(a, b, messages.date(first.day, first.month));
  return order < 0
    ? messages.order(a, messages.date(first.day, first.month), b, messages.date(second.day, second.month))
    : messages.order(b, messages.date(second.day, second.month), a, messages.date(first.day, first.month));
}

/** Longest echo of the asker's own words in an answer. */
const MAX_ECHO = 80;

/**
 * The asker's words as the answer may repeat them: no control or invisible format characters, no
 * broken surrogate halves, nothing that is mention or markdown syntax anywhere it is shown, short.
 */
function echoed(text: string): string {
  const plain = text
    .replace(/[\p{Cc}\p{Cf}]/gu, " ")
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, " ")
    .replace(/[<>@#`*_~|\\[\]]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  const characters = Array.from(plain);
  return characters.length <= MAX_ECHO
    ? plain
    : `${characters
        .slice(0, MAX_ECHO - 1)
        .join("")
        .trimEnd()}…`;
}

function lowerFirst(text: string): string {
  // Only a sentence that opens with an ordinary word ("Laut", "According"), not a name ("Putin", "NATO").
  return /^(?:Laut|According|Am|On|Die|Der|Das|The|Es|It|Ja|Yes|Nein|No)\b/.test(text)
    ? text[0]!.toLowerCase() + text.slice(1)
    : text;
}

export function suggestionOf(entry: Entry, language: Language): Suggestion {
  return { entryId: entry.id, question: entry.questions[language][0]! };
}

export function empty(question: string, status: Answer["status"], language: Language, text: string): Answer {
  return {
    question,
    status,
    language,
    answer: text,
    entryId: null,
    title: null,
    score: 0,
    citations: [],
    parts: [],
    suggestions: [],
    related: [],
    topics: [],
  };
}

/** Up to three topics: those of the nearest entries first, then the knowledge's own order. */
function topicsFor(knowledge: Knowledge, ranking: Ranking, language: Language): Answer["topics"] {
  const nearest = ranking.bestPerGroup((entry) => knowledge.entries[entry]!.topic, 3);
  const ids = [...nearest.map((r) => knowledge.entries[r.entry]!.topic), ...Object.keys(knowledge.topics)];
  return [...new Set(ids)].slice(0, 3).map((id) => ({ id, name: knowledge.topics[id]?.[language] ?? id }));
}

function round(score: number): number {
  return Math.round(Math.min(1, Math.max(0, score)) * 1000) / 1000;
}
