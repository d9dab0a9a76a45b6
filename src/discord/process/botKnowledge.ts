import { join } from "node:path";
import type { Client } from "discord.js";
import type { Answerer } from "../../answering/answerer.js";
import type { Config } from "../../runtime/config.js";
import type { Logger } from "../../runtime/logger.js";
import { followKnowledge } from "../../runtime/liveAnswerer.js";
import { createDrafts } from "../kb/drafts.js";
import { createModLogPoster } from "../kb/modLog.js";
import type { Moderation } from "../kb/moderation.js";

/** The settings of a bot that follows its knowledge file and lets moderators change it. */
export type KnowledgeConfig = Pick<
  Config,
  "KNOWLEDGE_FILE" | "KNOWLEDGE_MAX_BYTES" | "DATA_DIR" | "HISTORY_LIMIT" | "MODERATION_GUILD_IDS" | "MODERATOR_ROLE_IDS"
> &
  Partial<Pick<Config, "MOD_LOG_CHANNEL_ID">>;

/** Where /kb keeps its drafts, inside DATA_DIR, so they outlive a restart. */
const DRAFTS_FOLDER = "kb-drafts";

export interface BotKnowledge {
  /** The answerer of the newest valid knowledge; read once per question. */
  readonly answerer: () => Answerer;
  readonly moderation: Moderation;
  close(): void;
}

/**
 * The running bot's knowledge: it follows the file (a valid change is live within 2 s, swapped
 * whole between two questions; a broken one keeps the last good knowledge, is logged and, from
 * the process holding shard 0, posted to the mod-log channel), and /kb writes it through the store.
 */
export function followBotKnowledge(
  client: Client,
  config: KnowledgeConfig,
  initial: Answerer,
  logger: Logger,
  learned?: Promise<Answerer>,
): BotKnowledge {
  const live = followKnowledge({
    file: config.KNOWLEDGE_FILE,
    initial,
    learned,
    logger,
    maxBytes: config.KNOWLEDGE_MAX_BYTES,
    onInvalid: createModLogPoster(client, config.MOD_LOG_CHANNEL_ID, logger),
  });
  return {
    answerer: () => live.current(),
    moderation: {
      store: {
        file: config.KNOWLEDGE_FILE,
        dataDir: config.DATA_DIR,
        historyLimit: config.HISTORY_LIMIT,
        maxBytes: config.KNOWLEDGE_MAX_BYTES,
      },
      guildIds: config.MODERATION_GUILD_IDS,
      roleIds: config.MODERATOR_ROLE_IDS,
      drafts: createDrafts({ dir: join(config.DATA_DIR, DRAFTS_FOLDER) }),
      reload: () => live.reload(),
    },
    close: () => live.close(),
  };
}
