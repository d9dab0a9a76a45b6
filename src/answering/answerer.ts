import { coreMessages } from "../i18n/index.js";
import type { Knowledge } from "../knowledge/types.js";
import type { Language } from "../knowledge/types.js";
import { entriesById } from "../knowledge/entriesById.js";
import { answerOf, compose, empty } from "./compose/compose.js";
import { decide } from "./decide/decide.js";
import { withComparisonWhole } from "./decide/comparisonWhole.js";
import { keepIndex, takeIndex, type KeptIndex } from "./index/keptIndex.js";
import { buildLexicalMatcher, buildMatcher, learnMatcher, type Matcher } from "./matcher.js";
import { rank } from "./rank/rank.js";
import { retrieve } from "./retrieve/retrieve.js";
import { suggestQuestions } from "./suggest.js";
import { suggestionOf } from "./compose/compose.js";
import type { Answer, AnswerOptions, Nearest, Suggestion } from "./types.js";
import { detectLanguage } from "./understand/language.js";
import { MAX_QUESTION_LENGTH, understand } from "./understand/understand.js";

export { MAX_QUESTION_LENGTH };

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

/** Builds the matcher (index and learned ranker) for one version of the knowledge. */
export function createAnswerer(knowledge: Knowledge): Answerer {
  return answererOf(buildMatcher(knowledge));
}

export type { KeptIndex } from "./index/keptIndex.js";

export interface PreparedAnswerer {
  /** Answers at once, from the lexical matcher. */
  readonly quick: Answerer;
  /** Resolves with the answerer that uses the learned ranker too, once trained in the background. */
  readonly learned: Promise<Answerer>;
  /** Whether the `kept` index was taken (false: none given, or made by other code or of another knowledge). */
  readonly tookKept: boolean;
  /** The index as plain data, to keep for the next start when it was built now (see `kept`). */
  readonly keep: KeptIndex | undefined;
}

/**
 * For a process that should be up before the ranker is trained (the bot, the console): an answerer
 * now, and the full one about a second later, trained in steps between other work. `kept`: the
 * index of an earlier build of the same knowledge (`keep`), which spares building it again.
 */
export function prepareAnswerer(knowledge: Knowledge, kept?: unknown): PreparedAnswerer {
  const taken = kept === undefined ? undefined : takeIndex(knowledge, kept);
  const lexical = buildLexicalMatcher(knowledge, taken);
  const pause = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));
  return {
    quick: answererOf(lexical),
    learned: learnMatcher(lexical, pause).then(answererOf),
    tookKept: taken !== undefined,
    keep: taken === undefined ? keepIndex(knowledge, lexical.index) : undefined,
  };
}

function answererOf(matcher: Matcher): Answerer {
  const { knowledge } = matcher;
  const byId = entriesById(knowledge);
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
    detectLanguage: (text, hint) => {
      try {
        return detectLanguage(text.trim().slice(0, MAX_QUESTION_LENGTH), matcher.index, hint).language;
      } catch {
        return "de";
      }
    },
    nearest: (question) => nearest(question, matcher),
    knowledge,
  };
}

/** The pipeline: understand the message → for each question in it: retrieve → rank → decide → compose. */
function answer(question: string, options: AnswerOptions, matcher: Matcher): Answer {
  const understood = understand(question, options, matcher.index);
  if (understood.kind !== "message") return compose(understood, [], matcher);
  const steps = understood.asks.map((ask) => {
    const retrieved = retrieve(ask, matcher.index);
    const ranked = rank(ask, retrieved, matcher);
    return { decision: decide(ask, ranked, matcher), ranking: retrieved.ranking };
  });
  const decisions = withComparisonWhole(
    understood.comparison,
    steps.map(({ decision }) => decision),
  );
  return compose(
    understood,
    steps.map((step, k) => ({ ...step, decision: decisions[k]! })),
    matcher,
  );
}

/** The best candidate of the message's first question, whatever the decision would be. */
function nearest(question: string, matcher: Matcher): Nearest | undefined {
  const understood = understand(question, {}, matcher.index);
  const ask = understood.kind === "message" ? understood.asks[0] : undefined;
  if (ask === undefined) return undefined;
  const retrieved = retrieve(ask, matcher.index);
  // A question that shares no word with the knowledge ("asdf qwer") is near nothing.
  if (retrieved.candidates.length === 0) return undefined;
  const ranked = rank(ask, retrieved, matcher);
  const best = ranked.candidates[0];
  if (best === undefined) return undefined;
  const entry = matcher.knowledge.entries[best.entry]!;
  const score = decide(ask, ranked, matcher).confidence;
  return { ...suggestionOf(entry, ask.language), language: ask.language, score: Math.round(score * 1000) / 1000 };
}
