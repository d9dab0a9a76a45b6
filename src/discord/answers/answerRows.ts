import { ButtonStyle, ComponentType, type APIButtonComponent, type APISelectMenuOption } from "discord.js";
import type { Answer, Suggestion } from "../../answering/types.js";
import { catalogue } from "../../i18n/index.js";
import { LIMITS, truncate } from "../reply/limits.js";
import type { ActionRow } from "../reply/replyBody.js";
import { encodeCustomId, unansweredPickTarget, type AnswerAction } from "./customId.js";
import type { Seal } from "./signedId.js";

/** What decides the buttons and menus under an answer, besides the answer itself. */
export interface AnswerControls {
  /** A private answer in a server offers "Share in channel". */
  readonly shareable: boolean;
  /**
   * An ambiguous answer recorded as unanswered: its "did you mean" menu carries the reference,
   * sealed (signed for the asker) so that only the asker's choice settles it.
   */
  readonly unanswered?: { readonly ref: string; readonly seal: Seal } | undefined;
}

/** Follow-up buttons: one row of them. */
const MAX_RELATED = LIMITS.buttonsPerRow;
const MAX_TOPICS = 3;

/**
 * The components under an answer. Answered: share (private, in a server), show paragraph, 👍/👎,
 * then the follow-up questions. Ambiguous or no_match: a "did you mean" menu; no_match also the topics.
 * Labelled in the answer's language, whatever the locale: one message speaks one language, and the
 * follow-ups beside them are the answer's questions.
 */
export function answerRows(answer: Answer, view: AnswerControls): ActionRow[] {
  const ui = catalogue(answer.language).discord;
  const id = (action: AnswerAction, target: string): string | undefined =>
    encodeCustomId({ action, language: answer.language, target });
  const rows: (APIButtonComponent | undefined)[][] = [];

  if (answer.status === "answered" && answer.entryId !== null) {
    const entry = answer.entryId;
    const paragraphs = new Set(answer.citations.map((c) => c.paragraph)).size;
    rows.push([
      view.shareable ? button(id("share", entry), ButtonStyle.Primary, { label: ui.buttons.share }) : undefined,
      paragraphs > 0
        ? button(id("para", entry), ButtonStyle.Secondary, {
            label: paragraphs > 1 ? ui.buttons.showParagraphs : ui.buttons.showParagraph,
          })
        : undefined,
      button(id("up", entry), ButtonStyle.Secondary, { emoji: "👍" }),
      button(id("down", entry), ButtonStyle.Secondary, { emoji: "👎" }),
    ]);
    // Two components with the same custom_id make Discord refuse the whole message.
    const related = [...new Map(answer.related.map((s) => [s.entryId, s])).values()].slice(0, MAX_RELATED);
    rows.push(related.map((s) => button(id("rel", s.entryId), ButtonStyle.Secondary, { label: s.question })));
  }
  if (answer.status === "no_match") {
    rows.push(answer.topics.slice(0, MAX_TOPICS).map((t) => button(id("topic", t.id), ButtonStyle.Secondary, { label: t.name })));
  }

  const result = rows.map(actionRow).filter((row) => row !== undefined);
  const unanswered = answer.status === "ambiguous" ? view.unanswered : undefined;
  const pick = id("pick", unansweredPickTarget(unanswered?.ref));
  const menu = pick !== undefined && unanswered !== undefined ? unanswered.seal(pick) : pick;
  if ((answer.status === "ambiguous" || answer.status === "no_match") && answer.suggestions.length > 0 && menu !== undefined) {
    const select = selectRow(
      menu,
      ui.menus.didYouMean,
      answer.suggestions.map((s) => questionOption(s)),
    );
    if (select !== undefined) result.splice(0, 0, select);
  }
  return result.slice(0, LIMITS.actionRows);
}

export function button(
  customId: string | undefined,
  style: ButtonStyle.Primary | ButtonStyle.Secondary,
  face: { label?: string; emoji?: string },
): APIButtonComponent | undefined {
  if (customId === undefined) return undefined;
  return {
    type: ComponentType.Button,
    custom_id: customId,
    style,
    ...(face.label !== undefined ? { label: truncate(face.label, LIMITS.buttonLabel) } : {}),
    ...(face.emoji !== undefined ? { emoji: { name: face.emoji } } : {}),
  };
}

function actionRow(buttons: readonly (APIButtonComponent | undefined)[]): ActionRow | undefined {
  const present = buttons.filter((b) => b !== undefined).slice(0, LIMITS.buttonsPerRow);
  return present.length === 0 ? undefined : { type: ComponentType.ActionRow, components: present };
}

/** One entry as a menu option; an id too long to be a value (over 100 characters) is left out. */
export function questionOption(suggestion: Suggestion, description?: string): APISelectMenuOption | undefined {
  if (suggestion.entryId.length > LIMITS.selectOptionLabel) return undefined;
  return {
    label: truncate(suggestion.question, LIMITS.selectOptionLabel),
    value: suggestion.entryId,
    ...(description !== undefined ? { description: truncate(description, LIMITS.selectOptionDescription) } : {}),
  };
}

/** A single-choice menu of at most 25 options, or undefined when none is left. */
export function selectRow(
  customId: string,
  placeholder: string,
  options: readonly (APISelectMenuOption | undefined)[],
): ActionRow | undefined {
  const present = options.filter((o) => o !== undefined);
  // Two options with the same value make Discord refuse the whole message.
  const unique = [...new Map(present.map((o) => [o.value, o])).values()].slice(0, LIMITS.selectOptions);
  if (unique.length === 0) return undefined;
  return {
    type: ComponentType.ActionRow,
    components: [
      {
        type: ComponentType.StringSelect,
        custom_id: customId,
        placeholder: truncate(placeholder, LIMITS.selectPlaceholder),
        min_values: 1,
        max_values: 1,
        options: unique,
      },
    ],
  };
}
