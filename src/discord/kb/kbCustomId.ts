import { LIMITS } from "../reply/limits.js";

/**
 * What a /kb button or form does. `fa`/`fe`: the add or edit form (argument: the new id, or the
 * entry edited), so a submitted form needs no state on the server; `reopen`, `phrase`, `new`,
 * `oos` (mark as out of scope): a draft kept on the server (argument: its short key); `rm`/`rmx`:
 * confirm removing an entry (with or without the references to it); `cancel`.
 */
export const KB_ACTIONS = ["fa", "fe", "reopen", "rm", "rmx", "cancel", "phrase", "new", "oos"] as const;
export type KbAction = (typeof KB_ACTIONS)[number];

/** The actions whose argument is a draft's key: their ids are signed for the moderator shown them. */
export const DRAFT_ACTIONS: readonly KbAction[] = ["reopen", "phrase", "new", "oos"];

export interface KbCustomId {
  readonly action: KbAction;
  readonly arg: string;
}

/** The answers' components use `qa:`; everything under `kb:` is routed to /kb and its permission check. */
const PREFIX = "kb";

export function isKbCustomId(customId: string): boolean {
  return customId.startsWith(`${PREFIX}:`);
}

/** `kb:<action>:<arg>`, or undefined if it would exceed Discord's 100 characters. */
export function encodeKbId(action: KbAction, arg = ""): string | undefined {
  const encoded = `${PREFIX}:${action}:${arg}`;
  return encoded.length <= LIMITS.customId ? encoded : undefined;
}

export function decodeKbId(customId: string): KbCustomId | undefined {
  const [prefix, action, ...rest] = customId.split(":");
  if (prefix !== PREFIX || action === undefined || !(KB_ACTIONS as readonly string[]).includes(action)) return undefined;
  return { action: action as KbAction, arg: rest.join(":") };
}
