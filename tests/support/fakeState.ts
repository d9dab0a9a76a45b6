// The world the fake Discord knows about, shared by its REST and gateway
// halves: who the bot is, which guilds/channels/users exist, which
// interactions are open, and which messages the bot has sent.

import {
  dmChannel,
  makeGuild,
  makeUser,
  snowflake,
  textChannel,
  type FakeGuild,
  type FakeGuildInit,
  type FakeUser,
  type JsonObject,
} from "./payloads.js";

export interface InteractionRecord {
  id: string;
  token: string;
  /** InteractionType: 2 command, 3 component, 4 autocomplete, 5 modal submit. */
  type: number;
  payload: JsonObject;
  guildId: string | null;
  channelId: string;
  user: FakeUser;
  commandName: string | null;
  acknowledged: boolean;
  /** The interaction's "@original" response message, once there is one. */
  original: JsonObject | null;
  /** For component interactions: the message the component sits on. */
  sourceMessage: JsonObject | null;
  followUps: number;
}

export interface FakeStateInit {
  token: string;
  botUser?: Partial<FakeUser> | undefined;
  applicationId?: string | undefined;
  guilds?: FakeGuildInit[] | undefined;
  shards?: number | undefined;
  defaultUser?: Partial<FakeUser> | undefined;
}

export interface FakeState {
  token: string;
  botUser: FakeUser;
  applicationId: string;
  guilds: FakeGuild[];
  /** Shard count recommended by GET /gateway/bot. */
  shards: number;
  /** The human who triggers interactions/messages unless a test picks someone else. */
  defaultUser: FakeUser;
  users: Map<string, FakeUser>;
  channels: Map<string, JsonObject>;
  dmChannelByUser: Map<string, string>;
  messages: Map<string, JsonObject>;
  interactions: Map<string, InteractionRecord>;
  /** Registered application commands; key 'global' or a guild id. */
  commands: Map<string, JsonObject[]>;
}

export function createState(init: FakeStateInit): FakeState {
  const botUser = makeUser({ username: "fake-bot", global_name: null, ...init.botUser, bot: true });
  const defaultUser = makeUser({ username: "tester", ...init.defaultUser });
  const guildInits = init.guilds ?? [{}];
  const guilds = guildInits.map((guildInit, index) => makeGuild(guildInit, index, defaultUser.id));
  const state: FakeState = {
    token: init.token,
    botUser,
    applicationId: init.applicationId ?? botUser.id,
    guilds,
    shards: init.shards ?? 1,
    defaultUser,
    users: new Map([
      [botUser.id, botUser],
      [defaultUser.id, defaultUser],
    ]),
    channels: new Map(),
    dmChannelByUser: new Map(),
    messages: new Map(),
    interactions: new Map(),
    commands: new Map(),
  };
  for (const guild of guilds) state.channels.set(guild.channelId, textChannel(guild));
  return state;
}

export function rememberUser(state: FakeState, user: FakeUser): FakeUser {
  state.users.set(user.id, user);
  return user;
}

/** The DM channel between the bot and `user`, created on first use and stable afterwards. */
export function dmChannelIdFor(state: FakeState, user: FakeUser): string {
  rememberUser(state, user);
  const existing = state.dmChannelByUser.get(user.id);
  if (existing !== undefined) return existing;
  const channelId = snowflake();
  state.dmChannelByUser.set(user.id, channelId);
  state.channels.set(channelId, dmChannel(channelId, user));
  return channelId;
}

export function findGuild(state: FakeState, guildId: string | undefined): FakeGuild {
  const guild = guildId === undefined ? state.guilds[0] : state.guilds.find((g) => g.id === guildId);
  if (!guild) throw new Error(`fake discord: unknown guild ${guildId ?? "(default)"}`);
  return guild;
}

export function guildIdOfChannel(state: FakeState, channelId: string): string | undefined {
  const guildId = state.channels.get(channelId)?.["guild_id"];
  return typeof guildId === "string" ? guildId : undefined;
}

export function interactionByToken(state: FakeState, token: string): InteractionRecord | undefined {
  for (const record of state.interactions.values()) if (record.token === token) return record;
  return undefined;
}
