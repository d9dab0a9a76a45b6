import { Events, type Client, type ClientOptions } from "discord.js";
import type { Answerer } from "../answering/answerer.js";
import type { Config } from "../config.js";
import type { Logger } from "../logger.js";
import type { Command } from "../../commands/command.js";
import { COMMANDS } from "../../commands/index.js";
import type { BotContext } from "./context.js";
import { createBotClient } from "./client.js";
import { createCooldown } from "./cooldown.js";
import { errorInfo } from "./errorInfo.js";
import { createInteractionHandler } from "./handleInteraction.js";
import { createMessageHandler } from "./handleMessage.js";
import { createVotes } from "./votes.js";

export interface BotOptions {
  readonly token: string;
  readonly config: Pick<Config, "DISCORD_API_URL" | "COOLDOWN_QUESTIONS" | "COOLDOWN_SECONDS">;
  readonly logger: Logger;
  readonly answerer: () => Answerer;
  readonly commands?: readonly Command[];
  /** Tests drop the REST and identify throttles; intents and partials always stay the production ones. */
  readonly clientOptions?: Pick<ClientOptions, "rest" | "ws">;
}

export interface Bot {
  readonly client: Client<true>;
  readonly context: BotContext;
  /** Closes the gateway connection; the process can then exit. */
  stop(): Promise<void>;
}

/**
 * Connects to Discord and answers until stopped. Resolves once the bot is ready; rejects (after
 * cleaning up) if login fails, e.g. with `TokenInvalid` for a token Discord rejects.
 */
export async function startBot(options: BotOptions): Promise<Bot> {
  const { config, logger } = options;
  const context: BotContext = {
    answerer: options.answerer,
    logger,
    cooldown: createCooldown({ limit: config.COOLDOWN_QUESTIONS, windowMs: config.COOLDOWN_SECONDS * 1000 }),
    votes: createVotes(),
  };
  const client = createBotClient(config.DISCORD_API_URL, options.clientOptions);
  const onInteraction = createInteractionHandler(context, options.commands ?? COMMANDS);
  const onMessage = createMessageHandler(context);
  // The handlers guard themselves; the catch is for the impossible case, so no rejection goes unhandled.
  client.on(
    Events.InteractionCreate,
    (interaction) =>
      void onInteraction(interaction).catch((error: unknown) => logger.error({ err: errorInfo(error) }, "interaction")),
  );
  client.on(
    Events.MessageCreate,
    (message) => void onMessage(message).catch((error: unknown) => logger.error({ err: errorInfo(error) }, "message")),
  );
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
    await client.destroy();
    throw error;
  }
  const readyClient = client as Client<true>;
  logger.info({ user: readyClient.user.tag, guilds: readyClient.guilds.cache.size }, "connected to Discord");
  return { client: readyClient, context, stop: () => client.destroy() };
}
