import { isLanguage, type Language } from "../../knowledge/types.js";
import { LIMITS } from "../reply/limits.js";

/** What a button or menu under an answer does; the handler for each is in answerComponents.ts. */
export const ANSWER_ACTIONS = ["share", "para", "up", "down", "rel", "pick", "topic"] as const;
export type AnswerAction = (typeof ANSWER_ACTIONS)[number];

/** Everything a click needs travels in the custom_id, so any bot process can handle it, even after a restart. */
export interface AnswerCustomId {
  readonly action: AnswerAction;
  readonly language: Language;
  /**
   * An entry id (share, para, up, down, rel), a topic id (topic); for pick (the entry is the value)
   * empty, a menu number (/topics), or `u<ref>` under an ambiguous answer that was recorded.
   */
  readonly target: string;
}

/** Other features (the moderators' `/kb`) use their own prefix; this one is ours. */
const PREFIX = "qa";

/** `qa:<action>:<language>:<target>`, or undefined if it would exceed Discord's 100 characters. */
export function encodeCustomId(id: AnswerCustomId): string | undefined {
  const encoded = `${PREFIX}:${id.action}:${id.language}:${id.target}`;
  return encoded.length <= LIMITS.customId ? encoded : undefined;
}

/** The parsed id, or undefined for anything that is not one of ours (or is malformed). */
export function decodeCustomId(customId: string): AnswerCustomId | undefined {
  const [prefix, action, language, ...rest] = customId.split(":");
  if (prefix !== PREFIX || action === undefined || language === undefined) return undefined;
  if (!(ANSWER_ACTIONS as readonly string[]).includes(action)) return undefined;
  if (!isLanguage(language)) return undefined;
  return { action: action as AnswerAction, language, target: rest.join(":") };
}

/** The pick menu's target under an ambiguous answer recorded as unanswered (`ref` from the analytics store). */
export function unansweredPickTarget(ref: string | undefined): string {
  return ref === undefined ? "" : `u${ref}`;
}

/** The analytics reference in a pick menu's target, if it carries one. */
export function unansweredRefOf(target: string): string | undefined {
  return /^u\d+$/.test(target) ? target.slice(1) : undefined;
}
