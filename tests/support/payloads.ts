// Raw Discord API v10 payload builders for the fake. They produce plain JSON in
// the shape Discord sends, so discord.js parses them exactly as in production.
// Shapes were checked against what discord.js 14.28 reads (BaseInteraction,
// Guild, Message, READY handler), not guessed from docs alone.

import { randomBytes } from "node:crypto";

export type JsonObject = Record<string, unknown>;

const DISCORD_EPOCH = 1_420_070_400_000n;
let snowflakeIncrement = 0n;

/** A real-looking snowflake: its timestamp decodes to `atMs`, so createdAt works. */
export function snowflake(atMs: number = Date.now()): string {
  snowflakeIncrement = (snowflakeIncrement + 1n) & 0xfffn;
  return (((BigInt(atMs) - DISCORD_EPOCH) << 22n) | snowflakeIncrement).toString();
}

/** Discord's sharding formula: (guild_id >> 22) % shard_count. DMs always go to shard 0. */
export function shardForGuild(guildId: string, shardCount: number): number {
  return Number((BigInt(guildId) >> 22n) % BigInt(shardCount));
}

export function interactionToken(): string {
  return `aW50ZXJhY3Rpb24${randomBytes(32).toString("base64url")}`;
}

export function isoNow(): string {
  return new Date().toISOString();
}

// Permission bits (discord-api-types PermissionFlagsBits); a plain member who
// can read, write and use commands, so permission checks in the bot behave
// like for an ordinary user unless a test asks for more.
const VIEW_CHANNEL = 1n << 10n;
const SEND_MESSAGES = 1n << 11n;
const EMBED_LINKS = 1n << 14n;
const ATTACH_FILES = 1n << 15n;
const READ_MESSAGE_HISTORY = 1n << 16n;
const ADD_REACTIONS = 1n << 6n;
const USE_APPLICATION_COMMANDS = 1n << 31n;
export const DEFAULT_PERMISSIONS = (
  VIEW_CHANNEL |
  SEND_MESSAGES |
  EMBED_LINKS |
  ATTACH_FILES |
  READ_MESSAGE_HISTORY |
  ADD_REACTIONS |
  USE_APPLICATION_COMMANDS
).toString();
export const ADMINISTRATOR_PERMISSIONS = (1n << 3n).toString();

export interface FakeUser {
  id: string;
  username: string;
  discriminator: string;
  global_name: string | null;
  avatar: string | null;
  bot: boolean;
  public_flags: number;
}

export function makeUser(init: Partial<FakeUser> = {}): FakeUser {
  const username = init.username ?? "tester";
  return {
    id: init.id ?? snowflake(),
    username,
    discriminator: "0",
    global_name: init.global_name !== undefined ? init.global_name : username,
    avatar: null,
    bot: false,
    public_flags: 0,
    ...init,
  };
}

export interface FakeGuildInit {
  id?: string;
  name?: string;
  ownerId?: string;
  preferredLocale?: string;
  channelId?: string;
  channelName?: string;
  /** Ids of the guild's roles besides @everyone (e.g. a moderator role). */
  roleIds?: string[];
}

export interface FakeGuild {
  id: string;
  name: string;
  ownerId: string;
  preferredLocale: string;
  /** The guild's single text channel. */
  channelId: string;
  channelName: string;
  roleIds: string[];
}

// Guild ids are spread 1 ms apart so several default guilds land on different
// shards under (id >> 22) % count.
export function makeGuild(init: FakeGuildInit, index: number, ownerId: string): FakeGuild {
  const baseMs = Date.now() - 10_000;
  return {
    id: init.id ?? snowflake(baseMs + index),
    name: init.name ?? `Test Guild ${index + 1}`,
    ownerId: init.ownerId ?? ownerId,
    preferredLocale: init.preferredLocale ?? "en-US",
    channelId: init.channelId ?? snowflake(),
    channelName: init.channelName ?? "general",
    roleIds: init.roleIds ?? [],
  };
}

export function everyoneRole(guild: FakeGuild): JsonObject {
  return {
    id: guild.id,
    name: "@everyone",
    color: 0,
    colors: { primary_color: 0, secondary_color: null, tertiary_color: null },
    hoist: false,
    icon: null,
    unicode_emoji: null,
    position: 0,
    permissions: DEFAULT_PERMISSIONS,
    managed: false,
    mentionable: false,
    flags: 0,
  };
}

export function textChannel(guild: FakeGuild): JsonObject {
  return {
    id: guild.channelId,
    type: 0,
    guild_id: guild.id,
    name: guild.channelName,
    position: 0,
    permission_overwrites: [],
    topic: null,
    nsfw: false,
    last_message_id: null,
    rate_limit_per_user: 0,
    parent_id: null,
    flags: 0,
  };
}

export function dmChannel(channelId: string, recipient: FakeUser): JsonObject {
  return { id: channelId, type: 1, last_message_id: null, flags: 0, recipients: [recipient] };
}

export interface MemberInit {
  permissions?: string | undefined;
  roles?: string[] | undefined;
  /** Gateway MESSAGE_CREATE members carry no `user` (it is the message author). */
  withUser?: boolean | undefined;
}

export function memberPayload(user: FakeUser, init: MemberInit = {}): JsonObject {
  return {
    ...(init.withUser === false ? {} : { user }),
    roles: init.roles ?? [],
    ...(init.permissions !== undefined ? { permissions: init.permissions } : {}),
    joined_at: "2024-01-01T00:00:00.000Z",
    premium_since: null,
    nick: null,
    avatar: null,
    banner: null,
    deaf: false,
    mute: false,
    flags: 0,
    pending: false,
    communication_disabled_until: null,
  };
}

// The bot's own member is included (as Discord does), so guild.members.me and
// channel.permissionsFor(client.user) work in the bot.
export function guildCreatePayload(guild: FakeGuild, botUser: FakeUser): JsonObject {
  return {
    id: guild.id,
    name: guild.name,
    icon: null,
    splash: null,
    discovery_splash: null,
    banner: null,
    description: null,
    owner_id: guild.ownerId,
    afk_channel_id: null,
    afk_timeout: 300,
    verification_level: 0,
    default_message_notifications: 0,
    explicit_content_filter: 0,
    mfa_level: 0,
    nsfw_level: 0,
    nsfw: false,
    premium_tier: 0,
    premium_subscription_count: 0,
    premium_progress_bar_enabled: false,
    preferred_locale: guild.preferredLocale,
    features: [],
    application_id: null,
    system_channel_id: null,
    system_channel_flags: 0,
    rules_channel_id: null,
    public_updates_channel_id: null,
    safety_alerts_channel_id: null,
    vanity_url_code: null,
    max_members: 500_000,
    max_video_channel_users: 25,
    joined_at: "2024-01-01T00:00:00.000Z",
    large: false,
    unavailable: false,
    lazy: true,
    member_count: 2,
    roles: [everyoneRole(guild), ...guild.roleIds.map((id) => ({ ...everyoneRole(guild), id, name: `role ${id}`, position: 1 }))],
    emojis: [],
    stickers: [],
    channels: [textChannel(guild)],
    threads: [],
    members: [memberPayload(botUser)],
    voice_states: [],
    presences: [],
    stage_instances: [],
    guild_scheduled_events: [],
    soundboard_sounds: [],
  };
}

export interface ReadyInit {
  botUser: FakeUser;
  applicationId: string;
  guilds: FakeGuild[];
  sessionId: string;
  resumeGatewayUrl: string;
  shard: [number, number];
}

export function readyPayload(init: ReadyInit): JsonObject {
  return {
    v: 10,
    user: { ...init.botUser, verified: true, mfa_enabled: false, email: null, flags: 0 },
    user_settings: {},
    guilds: init.guilds.map((guild) => ({ id: guild.id, unavailable: true })),
    session_id: init.sessionId,
    session_type: "normal",
    resume_gateway_url: init.resumeGatewayUrl,
    shard: init.shard,
    application: { id: init.applicationId, flags: 0 },
    private_channels: [],
    relationships: [],
    presences: [],
    guild_join_requests: [],
    geo_ordered_rtc_regions: [],
    auth: {},
  };
}

export interface MessageInit {
  id?: string | undefined;
  channelId: string;
  guildId?: string | undefined;
  author: FakeUser;
  content?: string | undefined;
  embeds?: unknown[] | undefined;
  components?: unknown[] | undefined;
  attachments?: unknown[] | undefined;
  flags?: number | undefined;
  type?: number | undefined;
  mentions?: FakeUser[] | undefined;
  /** Any further raw fields (message_reference, interaction_metadata, webhook_id…). */
  extra?: JsonObject | undefined;
}

export function messagePayload(init: MessageInit): JsonObject {
  return {
    id: init.id ?? snowflake(),
    type: init.type ?? 0,
    channel_id: init.channelId,
    ...(init.guildId !== undefined ? { guild_id: init.guildId } : {}),
    author: init.author,
    content: init.content ?? "",
    embeds: init.embeds ?? [],
    components: init.components ?? [],
    attachments: init.attachments ?? [],
    mentions: init.mentions ?? [],
    mention_roles: [],
    mention_everyone: false,
    pinned: false,
    tts: false,
    timestamp: isoNow(),
    edited_timestamp: null,
    flags: init.flags ?? 0,
    ...init.extra,
  };
}

/** Where an interaction happens and who triggers it. `guild: null` means a DM with the bot. */
export interface InteractionTarget {
  applicationId: string;
  user: FakeUser;
  locale: string;
  guild: FakeGuild | null;
  channelId: string;
  memberPermissions: string;
  /** Role ids of the member (guild only). */
  memberRoles?: string[] | undefined;
  appPermissions: string;
  integrationOwners?: Record<string, string> | undefined;
}

function interactionChannel(target: InteractionTarget): JsonObject {
  if (target.guild === null) return dmChannel(target.channelId, target.user);
  return {
    ...textChannel({ ...target.guild, channelId: target.channelId }),
    permissions: target.appPermissions,
  };
}

function placePayload(target: InteractionTarget): JsonObject {
  const guild = target.guild;
  if (guild === null) {
    return {
      user: target.user,
      context: 1,
      authorizing_integration_owners: target.integrationOwners ?? { "1": target.user.id },
    };
  }
  return {
    guild_id: guild.id,
    guild: { id: guild.id, locale: guild.preferredLocale, features: [] },
    guild_locale: guild.preferredLocale,
    member: memberPayload(target.user, { permissions: target.memberPermissions, roles: target.memberRoles }),
    context: 0,
    authorizing_integration_owners: target.integrationOwners ?? { "0": guild.id },
  };
}

export function interactionPayload(
  target: InteractionTarget,
  type: number,
  data: JsonObject,
  extra: JsonObject = {},
): JsonObject {
  return {
    id: snowflake(),
    application_id: target.applicationId,
    type,
    token: interactionToken(),
    version: 1,
    locale: target.locale,
    data,
    channel_id: target.channelId,
    channel: interactionChannel(target),
    app_permissions: target.appPermissions,
    entitlements: [],
    attachment_size_limit: 10 * 1024 * 1024,
    ...placePayload(target),
    ...extra,
  };
}

/** A single-button action row, for default component messages. */
export function buttonRow(customId: string, label = "Button"): JsonObject {
  return { type: 1, components: [{ type: 2, style: 1, custom_id: customId, label }] };
}

export function stringSelectRow(customId: string, values: string[]): JsonObject {
  const options = values.map((value) => ({ label: value, value }));
  return { type: 1, components: [{ type: 3, custom_id: customId, options, min_values: 1, max_values: 1 }] };
}
