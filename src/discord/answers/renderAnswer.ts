import type { Answer, AnswerStatus } from "../../answering/types.js";
import { catalogue, withHelpCommand } from "../../i18n/index.js";
import type { ArticleMeta, Citation, Language } from "../../knowledge/types.js";
import { escapeUserText } from "../reply/escape.js";
import { fitEmbed } from "../reply/fitEmbed.js";
import { LIMITS, truncate } from "../reply/limits.js";
import { NO_MENTIONS, type ReplyBody } from "../reply/replyBody.js";
import { answerRows, type AnswerControls } from "./answerRows.js";

export const STATUS_COLOURS: Readonly<Record<AnswerStatus, number>> = {
  answered: 0x2e9e5b,
  ambiguous: 0xe0a800,
  no_match: 0x8a8f98,
  smalltalk: 0x5865f2,
  invalid: 0xd9534f,
};

/** How much of a person's question is echoed back above a "did you mean" or "not covered". */
const ECHO_LENGTH = 200;

export interface AnswerView extends AnswerControls {
  readonly meta: ArticleMeta;
  /**
   * The language of the command names the asker's Discord client shows: their locale's (`/hilfe`
   * for German), or without a locale (a DM) the answer's. A greeting names the help by it.
   */
  readonly commands: Language;
}

/**
 * The Discord surface of one `Answer`, the same for /ask, buttons, DMs and mentions: an embed with
 * the matched question as title, the answer, and each cited passage as a block quote with ¶ and
 * headline; then the buttons and menus that fit the status.
 */
export function renderAnswer(answer: Answer, view: AnswerView): ReplyBody {
  const labels = catalogue(answer.language).discord.answer;
  const embed =
    answer.status === "answered"
      ? {
          title: answer.title ?? answer.question,
          description: answer.answer,
          fields: answer.citations.map((citation) => ({
            name: labels.source,
            value: sourceField(citation, view.meta, answer.language),
          })),
        }
      : answer.status === "ambiguous" || answer.status === "no_match"
        ? {
            title: echo(answer.question, answer.language),
            // The topics of a no_match are offered as buttons below, not repeated here.
            description: [answer.answer, ...answer.suggestions.map((s) => `• ${s.question}`)].join("\n"),
          }
        : { description: withHelpCommand(answer.answer, helpCommand(view.commands)) };
  return {
    embeds: [fitEmbed({ ...embed, color: STATUS_COLOURS[answer.status] })],
    components: answerRows(answer, view),
    allowedMentions: NO_MENTIONS,
  };
}

/** `/help`, or what the help command is called in another language's client (`/hilfe`). */
export function helpCommand(language: Language): string {
  return `/${catalogue(language).discord.commands.help.name}`;
}

/** The quote as a block quote, then "— ¶ N · headline"; the quote is cut so that the attribution always fits. */
export function sourceField(citation: Citation, meta: ArticleMeta, language: Language): string {
  const attribution = `— ${catalogue(language).discord.answer.paragraph(citation.paragraph)} · *${escapeUserText(meta.headline)}*`;
  const room = LIMITS.embedFieldValue - attribution.length - 1;
  const quote = truncate(blockQuote(escapeUserText(citation.quote)), Math.max(room, 20));
  return truncate(`${quote}\n${attribution}`, LIMITS.embedFieldValue);
}

function blockQuote(text: string): string {
  return text
    .split("\n")
    .map((line) => `> ${line}`)
    .join("\n");
}

/** The person's own words, shortened, escaped and in the quotation marks of the answer's language. */
function echo(question: string, language: Language): string {
  const text = escapeUserText(truncate(question.trim().replace(/\s+/g, " "), ECHO_LENGTH));
  return catalogue(language).discord.answer.quoted(text);
}
