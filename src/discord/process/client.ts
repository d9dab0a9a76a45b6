import { Client, GatewayIntentBits, Partials, type ClientOptions } from "discord.js";
import { NO_MENTIONS } from "../reply/replyBody.js";

export interface BotClientOptions extends Partial<ClientOptions> {
  /** True in a shard process started by discord.js's ShardingManager (config `SHARDING_MANAGER`). */
  readonly shardedByManager?: boolean;
}

/**
 * The discord.js client: no privileged intent. Guilds for commands, DirectMessages and
 * GuildMessages for DMs and mentions (whose text Discord sends without MessageContent), and the
 * Channel partial because a DM channel is not cached before its first message.
 */
export function createBotClient(apiUrl: string, { shardedByManager = false, ...overrides }: BotClientOptions = {}): Client {
  return new Client({
    intents: [GatewayIntentBits.Guilds, GatewayIntentBits.DirectMessages, GatewayIntentBits.GuildMessages],
    partials: [Partials.Channel],
    // The default for every message; each renderer sets it again, so no path can forget it.
    allowedMentions: NO_MENTIONS,
    // The client takes its shards from the SHARDS variable when none are given. That is our
    // off|auto|N (JSON.parse("off") would throw) except in a shard process, where the manager put the
    // shard's id there for exactly this.
    ...(shardedByManager ? {} : { shards: [0], shardCount: 1 }),
    ...overrides,
    rest: { ...overrides.rest, api: apiUrl },
  });
}
