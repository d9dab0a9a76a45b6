import { coreMessages } from "../i18n/index.js";
import type { Knowledge, Language } from "../knowledge/types.js";
import { answerOf, compose, empty } from "./compose/compose.js";
import { decide } from "./decide/decide.js";
import { buildLexicalMatcher, buildMatcher, learnMatcher, type Matcher } from "./matcher.js";
import { rank } from "./rank/rank.js";
import { retrieve } from "./retrieve/retrieve.js";
import { suggestQuestions } from "./suggest.js";
import { suggestionOf } from "./compose/compose.js";
import type { Answer, AnswerOptions, Suggestion } from "./types.js";
import { detectLanguage } from "./understand/language.js";
import { understand } from "./understand/understand.js";

export { MAX_QUESTION_LENGTH } from "./understand/understand.js";

export interface Answerer {
  /** Answers one question; never throws, whatever the input. */
  answer(question: string, options?: AnswerOptions): Answer;
  /** The answer of one entry, as if its canonical question had been asked (buttons, menus). */
  answerEntry(entryId: string, language: Language): Answer | undefined;
  /** Canonical questions that fit what has been typed so far (autocomplete). */
  suggest(prefix: string, language: Language, limit?: number): Suggestion[];
  /** The language a text is written in (the hint, e.g. a Discord locale, decides when the text cannot). */
  detectLanguage(text: string, hint?: string): Language;
  readonly knowledge: Knowledge;
}

/** Builds the matcher (index and learned ranker) for one version of the knowledge. */
export function createAnswerer(knowledge: Knowledge): Answerer {
  return answererOf(buildMatcher(knowledge));
}

export interface PreparedAnswerer {
  /** Answers at once, from the lexical matcher. */
  readonly quick: Answerer;
  /** Resolves with the answerer that uses the learned ranker too, once trained in the background. */
  readonly learned: Promise<Answerer>;
}

/**
 * For a process that should be up before the ranker is trained (the bot, the console): an answerer
 * now, and the full one about a second later, trained in steps between other work.
 */
export function prepareAnswerer(knowledge: Knowledge): PreparedAnswerer {
  const lexical = buildLexicalMatcher(knowledge);
  const pause = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));
  return { quick: answererOf(lexical), learned: learnMatcher(lexical, pause).then(answererOf) };
}

function answererOf(matcher: Matcher): Answerer {
  const { knowledge } = matcher;
  const byId = new Map(knowledge.entries.map((entry) => [entry.id, entry]));
  return {
    answer: (question, options = {}) => {
      try {
        return answer(question, options, matcher);
      } catch {
        // The core must not take an adapter down over one odd question.
        const language = "de";
        return empty(String(question), "no_match", language, coreMessages(language).noMatch);
      }
    },
    answerEntry: (entryId, language) => {
      const entry = byId.get(entryId);
      return entry === undefined ? undefined : answerOf(entry.questions[language][0]!, entry, language, 1, knowledge);
    },
    suggest: (prefix, language, limit = 25) => suggestQuestions(prefix, language, limit, matcher.index, suggestionOf),
    detectLanguage: (text, hint) => detectLanguage(text, matcher.index, hint).language,
    knowledge,
  };
}

/** The pipeline: understand the message → for each question in it: retrieve → rank → decide → compose. */
function answer(question: string, options: AnswerOptions, matcher: Matcher): Answer {
  const understood = understand(question, options, matcher.index);
  if (understood.kind !== "message") return compose(understood, [], matcher);
  const decided = understood.asks.map((ask) => {
    const retrieved = retrieve(ask, matcher.index);
    const ranked = rank(ask, retrieved, matcher);
    return { decision: decide(ask, ranked, matcher), ranking: retrieved.ranking };
  });
  return compose(understood, decided, matcher);
}
