import type { Language } from "../answering/types.js";
import { LIMITS } from "./limits.js";

/** What a button or menu under an answer does; the handler for each is in answerComponents.ts. */
export const ANSWER_ACTIONS = ["share", "para", "up", "down", "rel", "pick", "topic"] as const;
export type AnswerAction = (typeof ANSWER_ACTIONS)[number];

/** Everything a click needs travels in the custom_id, so any bot process can handle it, even after a restart. */
export interface AnswerCustomId {
  readonly action: AnswerAction;
  readonly language: Language;
  /** An entry id (share, para, up, down, rel), a topic id (topic), or empty (pick: the entry is the value). */
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
  if (language !== "de" && language !== "en") return undefined;
  return { action: action as AnswerAction, language, target: rest.join(":") };
}
