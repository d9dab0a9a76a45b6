import { Client, GatewayIntentBits, Options, Partials, type ClientOptions } from "discord.js";
import { NO_MENTIONS } from "../reply/replyBody.js";

export interface BotClientOptions extends Partial<ClientOptions> {
  /** True in a shard process started by discord.js's ShardingManager (config `SHARDING_MANAGER`). */
  readonly shardedByManager?: boolean;
}

/** Whether a cached user or member is the bot itself, which discord.js needs to keep. */
const isBot = (entry: { readonly id: string; readonly client: Client }): boolean => entry.id === entry.client.user?.id;

/**
 * What discord.js keeps of what it sees. The bot answers from each event's own data and never
 * reads a message, a member or a user from the cache, so none is kept (but the bot's own): every
 * new asker would otherwise stay in memory for as long as the process runs. Guilds, channels and
 * roles stay cached (discord.js needs them; they grow with servers, not with questions).
 */
const MAKE_CACHE = Options.cacheWithLimits({
  MessageManager: 0,
  GuildMemberManager: { maxSize: 0, keepOverLimit: isBot },
  UserManager: { maxSize: 0, keepOverLimit: isBot },
  ThreadMemberManager: 0,
  PresenceManager: 0,
  ReactionManager: 0,
  ReactionUserManager: 0,
  VoiceStateManager: 0,
});

/**
 * The discord.js client: no privileged intent. Guilds for commands, DirectMessages and
 * GuildMessages for DMs and mentions (whose text Discord sends without MessageContent), and the
 * Channel partial because a DM channel is not cached before its first message.
 */
export function createBotClient(apiUrl: string, { shardedByManager = false, ...overrides }: BotClientOptions = {}): Client {
  return new Client({
    intents: [GatewayIntentBits.Guilds, GatewayIntentBits.DirectMessages, GatewayIntentBits.GuildMessages],
    partials: [Partials.Channel],
    makeCache: MAKE_CACHE,
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
