import type { Entry, Knowledge, Language } from "../knowledge/types.js";
import { coreMessages } from "../i18n/index.js";
import { detectLanguage } from "./language.js";
import { buildMatchIndex, type MatchIndex } from "./matchIndex.js";
import { tokenize } from "./normalize.js";
import { queryTerms, type QueryTerm } from "./queryTerms.js";
import { scoreEntries, type Ranking } from "./rank.js";
import { smalltalkKind } from "./smalltalk.js";
import { suggestQuestions } from "./suggest.js";
import type { Answer, AnswerOptions, Nearest, Suggestion } from "./types.js";

/** Longer questions are refused as `invalid`; nobody asks about one article in more words. */
export const MAX_QUESTION_LENGTH = 500;
/** Below this score the article is taken not to answer the question. */
export const ANSWER_THRESHOLD = 0.55;
/** Each content word past three lowers the bar by this much, down to the floor. */
const LONG_QUESTION_STEP = 0.04;
const LONG_QUESTION_FLOOR = 0.4;
/** A runner-up this close to the best entry makes the question ambiguous. */
export const AMBIGUITY_MARGIN = 0.02;
/** Entries offered after a no_match must at least reach this. */
const SUGGESTION_FLOOR = 0.25;
const MAX_SUGGESTIONS = 3;

export interface Answerer {
  /** Answers one question; never throws, whatever the input. */
  answer(question: string, options?: AnswerOptions): Answer;
  /** The answer of one entry, as if its canonical question had been asked (buttons, menus). */
  answerEntry(entryId: string, language: Language): Answer | undefined;
  /** Canonical questions that fit what has been typed so far (autocomplete). */
  suggest(prefix: string, language: Language, limit?: number): Suggestion[];
  /** The language `answer` would answer in, without answering: cheap enough for every keystroke. Never throws. */
  detectLanguage(text: string, hint?: string): Language;
  /** The entry nearest a question however weak the match (no threshold): where a moderator may add it. */
  nearest(question: string): Nearest | undefined;
  readonly knowledge: Knowledge;
}

/** Builds the matcher for one version of the knowledge. */
export function createAnswerer(knowledge: Knowledge): Answerer {
  const index = buildMatchIndex(knowledge);
  const byId = new Map(knowledge.entries.map((entry) => [entry.id, entry]));
  const suggestion = (entry: Entry, language: Language): Suggestion => ({
    entryId: entry.id,
    question: entry.questions[language][0]!,
  });

  const answered = (question: string, entry: Entry, language: Language, score: number): Answer => ({
    ...empty(question, "answered", language, entry.answer[language]),
    entryId: entry.id,
    title: entry.questions[language][0]!,
    score: round(score),
    citations: entry.citations.map(({ paragraph, quote }) => ({ paragraph, quote })),
    related: entry.related.flatMap((id) => {
      const other = byId.get(id);
      return other === undefined ? [] : [suggestion(other, language)];
    }),
  });

  const answer = (question: string, options: AnswerOptions = {}): Answer => {
    const text = typeof question === "string" ? question : "";
    const trimmed = text.trim();
    const { language } = detectLanguage(trimmed.slice(0, MAX_QUESTION_LENGTH), index, options.languageHint);
    const messages = coreMessages(language);
    if (trimmed.length === 0) return empty(text, "invalid", language, messages.empty);
    if ([...trimmed].length > MAX_QUESTION_LENGTH) return empty(text, "invalid", language, messages.tooLong(MAX_QUESTION_LENGTH));
    if (!/[\p{L}\p{N}]/u.test(trimmed)) return empty(text, "invalid", language, messages.noText);
    const kind = smalltalkKind(trimmed);
    if (kind !== undefined) return empty(text, "smalltalk", language, messages.smalltalk[kind]);

    const terms = queryTerms(tokenize(trimmed, language), index);
    const ranking = scoreEntries(terms, index);
    // Only the head of the ranking is ever shown: picking it beats sorting thousands of entries.
    const ranked = ranking.top(MAX_SUGGESTIONS);
    const best = ranked[0];
    if (best !== undefined && best.score >= thresholdFor(terms)) {
      const close = ranked.filter((r) => best.rankScore - r.rankScore < AMBIGUITY_MARGIN);
      if (close.length === 1) return answered(text, index.entries[best.entry]!, language, best.score);
      return {
        ...empty(text, "ambiguous", language, messages.ambiguous),
        score: round(best.score),
        suggestions: close.slice(0, MAX_SUGGESTIONS).map((r) => suggestion(index.entries[r.entry]!, language)),
      };
    }
    const suggestions = ranking.top(MAX_SUGGESTIONS, SUGGESTION_FLOOR).map((r) => suggestion(index.entries[r.entry]!, language));
    return {
      ...empty(text, "no_match", language, suggestions.length > 0 ? messages.noMatchWithSuggestions : messages.noMatch),
      score: round(best?.score ?? 0),
      suggestions,
      topics: topicsFor(knowledge, ranking, language),
    };
  };

  return {
    answer: (question, options) => {
      try {
        return answer(question, options);
      } catch {
        // The core must not take an adapter down over one odd question.
        const language = "de";
        return empty(String(question), "no_match", language, coreMessages(language).noMatch);
      }
    },
    answerEntry: (entryId, language) => {
      const entry = byId.get(entryId);
      return entry === undefined ? undefined : answered(entry.questions[language][0]!, entry, language, 1);
    },
    suggest: (prefix, language, limit = 25) => suggestQuestions(prefix, language, limit, index, suggestion),
    detectLanguage: (text, hint) => {
      try {
        return detectLanguage(text.trim().slice(0, MAX_QUESTION_LENGTH), index, hint).language;
      } catch {
        return "de";
      }
    },
    nearest: (question) => {
      const { language } = detectLanguage(question, index);
      const best = scoreEntries(queryTerms(tokenize(question, language), index), index).top(1)[0];
      const entry = best === undefined ? undefined : index.entries[best.entry];
      if (best === undefined || entry === undefined) return undefined;
      return { ...suggestion(entry, language), language, score: round(best.score) };
    },
    knowledge,
  };
}

/**
 * Long, specific questions carry words no phrasing has ("Unter welcher Bedingung äußerte sich …"),
 * so each content word past three lowers the bar a little, down to a floor.
 */
function thresholdFor(terms: readonly QueryTerm[]): number {
  const content = new Set(terms.filter((t) => !t.light && !t.term.startsWith("?")).map((t) => t.term)).size;
  return Math.max(LONG_QUESTION_FLOOR, ANSWER_THRESHOLD - LONG_QUESTION_STEP * Math.max(0, content - 3));
}

function empty(question: string, status: Answer["status"], language: Language, text: string): Answer {
  return {
    question,
    status,
    language,
    answer: text,
    entryId: null,
    title: null,
    score: 0,
    citations: [],
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

export type { MatchIndex };
