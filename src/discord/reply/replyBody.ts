import type { APIActionRowComponent, APIComponentInMessageActionRow, APIEmbed } from "discord.js";
import { LIMITS, truncate } from "./limits.js";

export type ActionRow = APIActionRowComponent<APIComponentInMessageActionRow>;

/**
 * What every renderer returns: a message body that fits in any reply, follow-up, edit or channel
 * message. The caller adds only the flags (ephemeral or not).
 */
export interface ReplyBody {
  readonly content?: string;
  readonly embeds: APIEmbed[];
  readonly components: ActionRow[];
  readonly allowedMentions: typeof NO_MENTIONS;
}

/** No reply of this bot may ping anyone: not @everyone, not a role, not a user, not the replied-to author. */
export const NO_MENTIONS = Object.freeze({ parse: [] as [], repliedUser: false });

/** A plain text reply, e.g. a refusal or the cooldown notice. */
export function textBody(text: string): ReplyBody {
  return { content: truncate(text, LIMITS.content), embeds: [], components: [], allowedMentions: NO_MENTIONS };
}
