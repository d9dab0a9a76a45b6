import type { Answer } from "../answering/types.js";
import type { BotContext } from "./context.js";

/** Where a question came from, for the log. */
export type Surface = "slash" | "dm" | "mention" | "button" | "menu";

export interface QuestionSource {
  readonly surface: Surface;
  /** The interaction or message id, so a log line can be matched to what happened in Discord. */
  readonly id: string;
  /** The Discord locale, a hint for the core when the question's language is unclear. */
  readonly locale?: string | undefined;
}

export interface AskedQuestion {
  readonly answer: Answer;
  /** Set for an ambiguous answer that was recorded: its "did you mean" menu resolves it. */
  readonly unansweredRef: string | undefined;
}

/**
 * Asks the core and logs one line per handled question; the text itself only at debug (it is
 * personal). A question the bot could not answer goes to the moderators' review queue: its text,
 * language and status, never who asked.
 */
export function answerQuestion(context: BotContext, question: string, source: QuestionSource): AskedQuestion {
  const started = performance.now();
  const answer = context.answerer().answer(question, { languageHint: source.locale });
  logAnswer(context, answer, source, started);
  if (answer.status !== "no_match" && answer.status !== "ambiguous") return { answer, unansweredRef: undefined };
  const ref = context.analytics?.recordUnanswered({ question, status: answer.status, language: answer.language });
  return { answer, unansweredRef: answer.status === "ambiguous" ? ref : undefined };
}

export function logAnswer(context: BotContext, answer: Answer, source: QuestionSource, started: number): void {
  const ms = Math.round((performance.now() - started) * 10) / 10;
  const { surface, id } = source;
  context.logger.info(
    { surface, id, status: answer.status, entryId: answer.entryId, score: answer.score, language: answer.language, ms },
    "question handled",
  );
  context.logger.debug({ id, question: answer.question }, "question text");
}
