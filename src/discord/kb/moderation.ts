import type { AnalyticsStore } from "../../analytics/types.js";
import type { Answerer } from "../../answering/answerer.js";
import type { LoadResult } from "../../knowledge/load.js";
import type { KnowledgeStoreOptions } from "../../knowledge/store/store.js";
import type { Logger } from "../../runtime/logger.js";
import type { ComponentSigner } from "../answers/signedId.js";
import type { Drafts } from "./drafts.js";

/** What /kb needs besides the bot context: where the knowledge is written, who may, and how to reload. */
export interface Moderation {
  readonly store: KnowledgeStoreOptions;
  /** `MODERATION_GUILD_IDS`: the only servers /kb accepts calls from. */
  readonly guildIds: readonly string[];
  /** `MODERATOR_ROLE_IDS`: roles that may use /kb besides Manage Server. */
  readonly roleIds: readonly string[];
  readonly drafts: Drafts;
  /** Loads the knowledge file now; resolves once a valid result answers. */
  readonly reload: () => Promise<LoadResult>;
}

/** The history's name for a Discord moderator: the user id, which stays when the name changes. */
export function authorOf(userId: string): string {
  return `discord:${userId}`;
}

/**
 * The part of the bot's context that /kb uses. Declared here, not taken from the interactions
 * layer above: the bot's own BotContext has all of it, so every handler can pass that.
 */
export interface KbContext {
  readonly answerer: () => Answerer;
  readonly logger: Logger;
  /** Signs the draft buttons for the moderator they are shown to, and checks them when clicked. */
  readonly signer: ComponentSigner;
  readonly analytics?: AnalyticsStore;
  /** Absent when the bot follows no knowledge file it may edit: then /kb refuses. */
  readonly moderation?: Moderation;
}
