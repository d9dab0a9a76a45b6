import { randomBytes } from "node:crypto";
import { Events, type Client, type ClientOptions } from "discord.js";
import type { AnalyticsStore } from "../../analytics/types.js";
import type { Answerer } from "../../answering/answerer.js";
import type { Config } from "../../runtime/config.js";
import { errorInfo, type Logger } from "../../runtime/logger.js";
import { createComponentSigner } from "../answers/signedId.js";
import type { Command } from "../interactions/command.js";
import type { BotContext } from "../interactions/context.js";
import { createCooldown } from "../interactions/cooldown.js";
import { createInteractionHandler } from "../interactions/handleInteraction.js";
import { createMessageHandler } from "../interactions/handleMessage.js";
import { createVotes } from "../interactions/votes.js";
import { followBotKnowledge, type KnowledgeConfig } from "./botKnowledge.js";
import { createBotClient } from "./client.js";
import { createInFlight } from "./inFlight.js";

/** How long a stop waits for replies in flight before it closes the connection anyway. */
export const DRAIN_TIMEOUT_MS = 5000;

export interface BotOptions {
  readonly token: string;
  readonly config: Pick<Config, "DISCORD_API_URL" | "COOLDOWN_QUESTIONS" | "COOLDOWN_SECONDS"> &
    Partial<Pick<Config, "GLOBAL_QUESTIONS_PER_SECOND" | "SHARDING_MANAGER">>;
  readonly logger: Logger;
  readonly answerer: () => Answerer;
  /** The full answerer of the initial knowledge, once its ranker is trained (taken in when it resolves). */
  readonly learned?: Promise<Answerer> | undefined;
  /** Given: the bot follows this knowledge file live (starting from `answerer()`) and /kb may change it. */
  readonly knowledge?: KnowledgeConfig;
  /** Where unanswered questions and votes go; none: nothing is recorded. */
  readonly analytics?: AnalyticsStore;
  /**
   * The key that signs component ids (`DATA_DIR/components.key`, see loadComponentKey). Without
   * one, a key of this process alone: signed components sent before a restart are refused after it.
   */
  readonly componentKey?: Buffer | undefined;
  /** The slash commands it answers (`COMMANDS` from commands/index.ts, passed by the entry point). */
  readonly commands: readonly Command[];
  /** Tests drop the REST and identify throttles; intents and partials always stay the production ones. */
  readonly clientOptions?: Pick<ClientOptions, "rest" | "ws">;
}

export interface Bot {
  readonly client: Client<true>;
  readonly context: BotContext;
  /**
   * Takes no new questions, lets the replies in flight finish (at most DRAIN_TIMEOUT_MS), then
   * closes the gateway connection. Calling it again returns the same promise.
   */
  stop(): Promise<void>;
}

/**
 * Connects to Discord and answers until stopped. Resolves once the bot is ready; rejects (after
 * cleaning up) if login fails, e.g. with `TokenInvalid` for a token Discord rejects.
 */
export async function startBot(options: BotOptions): Promise<Bot> {
  const { config } = options;
  const client = createBotClient(config.DISCORD_API_URL, {
    ...options.clientOptions,
    shardedByManager: config.SHARDING_MANAGER ?? false,
  });
  // Shard processes share one stderr: each line says which shard wrote it.
  const logger = client.shard ? options.logger.child({ shard: client.shard.ids }) : options.logger;
  const knowledge =
    options.knowledge && followBotKnowledge(client, options.knowledge, options.answerer(), logger, options.learned);
  const context: BotContext = {
    answerer: knowledge?.answerer ?? options.answerer,
    logger,
    cooldown: createCooldown({
      limit: config.COOLDOWN_QUESTIONS,
      windowMs: config.COOLDOWN_SECONDS * 1000,
      ...(config.GLOBAL_QUESTIONS_PER_SECOND !== undefined ? { globalPerSecond: config.GLOBAL_QUESTIONS_PER_SECOND } : {}),
      onSaturated: () => logger.warn({ perSecond: config.GLOBAL_QUESTIONS_PER_SECOND }, "global question cap reached"),
    }),
    votes: createVotes(options.analytics),
    signer: createComponentSigner(options.componentKey ?? randomBytes(32)),
    ...(options.analytics && { analytics: options.analytics }),
    ...(knowledge && { moderation: knowledge.moderation }),
  };
  const onInteraction = createInteractionHandler(context, options.commands);
  const onMessage = createMessageHandler(context);
  const inFlight = createInFlight();
  // The handlers guard themselves; the catch is for the impossible case, so no rejection goes unhandled.
  // Once stopping, new events are left alone: the replies already started get the time instead.
  client.on(Events.InteractionCreate, (interaction) => {
    const started = inFlight.start(() =>
      onInteraction(interaction).catch((error: unknown) => logger.error({ err: errorInfo(error) }, "interaction")),
    );
    if (!started) logger.debug({ interactionId: interaction.id }, "stopping: interaction left unanswered");
  });
  client.on(Events.MessageCreate, (message) => {
    inFlight.start(() => onMessage(message).catch((error: unknown) => logger.error({ err: errorInfo(error) }, "message")));
  });
  client.on(Events.Error, (error) => logger.error({ err: errorInfo(error) }, "discord client error"));
  client.on(Events.Warn, (message) => logger.warn(message));
  client.on(Events.ShardDisconnect, (event, shardId) => logger.warn({ shardId, code: event.code }, "gateway disconnected"));
  client.on(Events.ShardReconnecting, (shardId) => logger.debug({ shardId }, "gateway reconnecting"));
  client.on(Events.ShardResume, (shardId, replayed) => logger.info({ shardId, replayed }, "gateway resumed"));

  const ready = new Promise<Client<true>>((resolve) => client.once(Events.ClientReady, resolve));
  try {
    await client.login(options.token);
    await ready;
  } catch (error) {
    knowledge?.close();
    await client.destroy();
    throw error;
  }
  const readyClient = client as Client<true>;
  logger.info({ user: readyClient.user.tag, guilds: readyClient.guilds.cache.size }, "connected to Discord");

  let stopping: Promise<void> | undefined;
  const stop = async (): Promise<void> => {
    const abandoned = await inFlight.close(DRAIN_TIMEOUT_MS);
    if (abandoned > 0) logger.warn({ abandoned }, "replies still in flight when the time was up");
    knowledge?.close();
    await client.destroy();
  };
  return { client: readyClient, context, stop: () => (stopping ??= stop()) };
}
