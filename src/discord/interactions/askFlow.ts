import type { Answerer } from "../../answering/answerer.js";
import type { Answer } from "../../answering/types.js";
import { catalogue } from "../../i18n/index.js";
import type { Language } from "../../knowledge/types.js";
import { renderAnswer } from "../answers/renderAnswer.js";
import { NOTHING_STORED, renderHelp } from "../answers/renderHelp.js";
import { sealFor } from "../answers/signedId.js";
import { textBody, type ReplyBody } from "../reply/replyBody.js";
import { UserFacingError } from "../reply/userFacingError.js";
import type { BotContext } from "./context.js";
import { interfaceLanguage } from "../answers/locale.js";

/** Where a question came from, for the log. */
export type Surface = "slash" | "dm" | "mention" | "button" | "menu" | "share";

/** What someone asked for. */
export type Asked =
  /** Words typed into /ask, a DM or a mention: counted against the person's cooldown, answered by the core. */
  | { readonly kind: "typed"; readonly text: string }
  /** A DM or mention that only asks for the help ("help", "hilfe"): counted like a question, answered with the help. */
  | { readonly kind: "help"; readonly text: string; readonly language: Language }
  /**
   * An entry chosen under an answer (share, follow-up, did-you-mean): not counted, answered from the
   * entry. `resolves`: the ambiguous question recorded as unanswered that this choice settles.
   */
  | { readonly kind: "chosen"; readonly entryId: string; readonly language: Language; readonly resolves?: string | undefined };

/** Who asked, where, and how the reply goes back: the only part in which the surfaces differ. */
export interface Asker {
  readonly surface: Surface;
  /** The interaction or message id, so a log line can be matched to what happened in Discord. */
  readonly id: string;
  readonly userId: string;
  /**
   * The Discord locale: a hint for the language of an unclear question, and the language of the
   * notices (an answer, buttons included, speaks its own). Messages carry none: then everything
   * follows the question's language.
   */
  readonly locale?: string | undefined;
  /** A private answer in a server offers "Share in channel". */
  readonly shareable: boolean;
  /**
   * Where a cooldown notice goes on a surface that tells once and then stays quiet (a message's
   * channel); unset where every refusal is answered anyway (an interaction).
   */
  readonly quietPlace?: string | undefined;
  send(body: ReplyBody): Promise<void>;
  /** The cooldown refused the question; `first`: whether to tell (see `Cooldown.take`). */
  refused(notice: ReplyBody, first: boolean): Promise<void>;
}

/**
 * Every question the bot answers, from any surface, goes this way: admit (the cooldown), answer
 * (the core), record (the log, and the review queue for what the bot could not answer), view
 * (the same rendering everywhere), then the asker's own reply.
 */
export async function askQuestion(context: BotContext, asked: Asked, asker: Asker): Promise<void> {
  // Read once: a knowledge reload between two reads must not mix two versions in one reply.
  const answerer = context.answerer();
  // No await before the answer: messages that arrive together are answered in the order they came.
  const refusal = asked.kind === "chosen" ? undefined : cooldownRefusal(context, answerer, asked.text, asker);
  if (refusal !== undefined) return asker.refused(refusal.notice, refusal.first);
  if (asked.kind === "help") return asker.send(renderHelp(asked.language, context.analytics ?? NOTHING_STORED));

  const started = performance.now();
  const answer = answerOf(answerer, asked, asker);
  logAnswer(context, answer, asker, started);
  const ref = record(context, asked, answer);
  const meta = answerer.knowledge.article.meta;
  const commands = languageFor(asker, answer.language);
  const unanswered = ref === undefined ? undefined : { ref, seal: sealFor(context.signer, asker.userId) };
  await asker.send(renderAnswer(answer, { meta, commands, shareable: asker.shareable, unanswered }));
}

/**
 * Counts the question against the person's cooldown. Undefined when admitted; refused, the notice
 * in the person's language, and whether it is the first refusal in their window.
 */
function cooldownRefusal(
  context: BotContext,
  answerer: Answerer,
  text: string,
  asker: Asker,
): { readonly notice: ReplyBody; readonly first: boolean } | undefined {
  const verdict = context.cooldown.take(asker.userId, asker.quietPlace);
  if (verdict.allowed) return undefined;
  const language = languageFor(asker, answerer.detectLanguage(text));
  return { notice: textBody(catalogue(language).discord.cooldown(verdict.retryAfterSeconds)), first: verdict.firstRefusal };
}

function answerOf(answerer: Answerer, asked: Exclude<Asked, { kind: "help" }>, asker: Asker): Answer {
  if (asked.kind === "typed") return answerer.answer(asked.text, { languageHint: asker.locale });
  const answer = answerer.answerEntry(asked.entryId, asked.language);
  if (answer === undefined) throw new UserFacingError(catalogue(languageFor(asker, asked.language)).discord.unknownEntry);
  return answer;
}

/**
 * A question the bot could not answer goes to the moderators' review queue: its text, language
 * and status, never who asked. A choice under an ambiguous answer takes that question off again.
 * Returns the reference an ambiguous answer's "did you mean" menu carries.
 */
function record(context: BotContext, asked: Asked, answer: Answer): string | undefined {
  if (asked.kind === "chosen") {
    if (asked.resolves !== undefined) context.analytics?.resolveAmbiguous(asked.resolves, answer.entryId ?? "");
    return undefined;
  }
  if (answer.status !== "no_match" && answer.status !== "ambiguous") return undefined;
  const ref = context.analytics?.recordUnanswered({ question: asked.text, status: answer.status, language: answer.language });
  return answer.status === "ambiguous" ? ref : undefined;
}

/** One line per handled question; the text itself only at debug (it is personal). */
function logAnswer(context: BotContext, answer: Answer, asker: Asker, started: number): void {
  const ms = Math.round((performance.now() - started) * 10) / 10;
  const { surface, id } = asker;
  context.logger.info(
    { surface, id, status: answer.status, entryId: answer.entryId, score: answer.score, language: answer.language, ms },
    "question handled",
  );
  context.logger.debug({ id, question: answer.question }, "question text");
}

/** The person's language: their Discord locale's, or without one (messages) the question's. */
function languageFor(asker: Asker, question: Language): Language {
  return asker.locale === undefined ? question : interfaceLanguage(asker.locale);
}
