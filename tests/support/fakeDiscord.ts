// A local fake Discord (REST + gateway on one 127.0.0.1 port) for end-to-end
// tests of the bot with the real discord.js Client. Start it, point the
// client at `apiUrl` (see testClient.ts), then drive it with dispatch helpers
// and assert on the recorded REST calls.
//
//   const fake = await startFakeDiscord({ token: 'test-token' });
//   const client = await loginTestClient(fake, 'test-token');
//   const hi = fake.slashCommand({ name: 'ask', options: { question: 'Who?' } });
//   const reply = await hi.waitForCallback();   // POST /interactions/:id/:token/callback
//   expect(reply.body).toMatchObject({ type: 4, data: { content: '…' } });

import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { WaitOptions } from "./eventLog.js";
import { createFakeGateway, type GatewayFrame, type GatewaySessionInfo } from "./fakeGateway.js";
import { createFakeRest, type FailRule, type RecordedRequest } from "./fakeRest.js";
import {
  createState,
  dmChannelIdFor,
  findGuild,
  rememberUser,
  type FakeState,
  type FakeStateInit,
  type InteractionRecord,
} from "./fakeState.js";
import {
  DEFAULT_PERMISSIONS,
  buttonRow,
  interactionPayload,
  makeUser,
  memberPayload,
  messagePayload,
  snowflake,
  stringSelectRow,
  type FakeGuild,
  type FakeUser,
  type InteractionTarget,
  type JsonObject,
} from "./payloads.js";

export type { WaitOptions } from "./eventLog.js";
export type { FailRule, RecordedFile, RecordedRequest } from "./fakeRest.js";
export { UNKNOWN_INTERACTION } from "./fakeRest.js";
export type { GatewayFrame, GatewaySessionInfo } from "./fakeGateway.js";
export { GatewayOp } from "./fakeGateway.js";
export type { FakeGuild, FakeGuildInit, FakeUser, JsonObject } from "./payloads.js";
export { ADMINISTRATOR_PERMISSIONS, DEFAULT_PERMISSIONS, shardForGuild, snowflake } from "./payloads.js";

export type StartFakeDiscordOptions = FakeStateInit;

/** Where an interaction happens and who does it. Default: `fake.user` in the first guild's text channel. */
export interface InteractionPlace {
  guildId?: string;
  /** A DM with the bot (context 1, `user` instead of `member`). */
  dm?: boolean;
  channelId?: string;
  user?: FakeUser;
  /** User locale; default 'en-US'. */
  locale?: string;
  /** Member permissions (guild only); default DEFAULT_PERMISSIONS. */
  permissions?: string;
  /** Member role ids (guild only); default none. Give the guild the roles too (`guilds: [{ roleIds }]`). */
  roles?: string[];
  appPermissions?: string;
  /** Override authorizing_integration_owners (default {'0': guildId} or {'1': userId}). */
  integrationOwners?: Record<string, string>;
}

/**
 * Raw API options, or `{ name: value }` whose option types come from the
 * registered command (PUT …/commands) when known, else from the JS type
 * (string 3, boolean 5, integer 4, other number 10).
 */
export type CommandOptionsInput = readonly JsonObject[] | Record<string, string | number | boolean>;

export interface SlashCommandOptions extends InteractionPlace {
  name: string;
  options?: CommandOptionsInput;
  /** `data.resolved` (users/channels/roles for options of those types). */
  resolved?: JsonObject;
  commandId?: string;
}

export interface AutocompleteOptions extends SlashCommandOptions {
  /** Name of the option being typed in. */
  focused: string;
  /** What the user has typed so far. */
  value: string;
}

export interface ComponentOptions extends InteractionPlace {
  customId: string;
  /** The message carrying the component, e.g. `handle.originalMessage()`; default a bot message with one such component. */
  message?: JsonObject;
}

export interface SelectMenuOptions extends ComponentOptions {
  values: string[];
  /** ComponentType; default 3 (string select). */
  componentType?: number;
}

export interface ModalSubmitOptions extends InteractionPlace {
  customId: string;
  /** Text input custom_id → value. */
  fields: Record<string, string>;
  /** Set when the modal was opened from a component on a message. */
  message?: JsonObject;
}

export interface MessageCreateOptions {
  content: string;
  author?: FakeUser;
  /** A DM to the bot (channel_type 1, no guild). */
  dm?: boolean;
  guildId?: string;
  channelId?: string;
  mentions?: FakeUser[];
  id?: string;
  embeds?: unknown[];
  attachments?: unknown[];
}

/** Follows one dispatched interaction; waits default to requests made after the dispatch. */
export interface InteractionHandle {
  id: string;
  token: string;
  payload: JsonObject;
  /** Request-log mark taken right before the dispatch. */
  mark: number;
  /** All REST requests (any status) addressed to this interaction's callback or webhook. */
  requests(): RecordedRequest[];
  waitFor(predicate: (request: RecordedRequest) => boolean, options?: WaitOptions): Promise<RecordedRequest>;
  /** First accepted (2xx) POST /interactions/:id/:token/callback. Body: `{ type, data }`. */
  waitForCallback(options?: WaitOptions): Promise<RecordedRequest>;
  /** First accepted PATCH /webhooks/:app/:token/messages/:id (editReply is `@original`). */
  waitForEdit(options?: WaitOptions): Promise<RecordedRequest>;
  /** First accepted POST /webhooks/:app/:token (followUp). */
  waitForFollowUp(options?: WaitOptions): Promise<RecordedRequest>;
  /** The current "@original" response as the fake stores it (pass to buttonClick({ message })). */
  originalMessage(): JsonObject | null;
}

export interface MessageHandle {
  id: string;
  channelId: string;
  payload: JsonObject;
  mark: number;
  /** False when the bot lacks the intent for this message (Discord would not send it). */
  delivered: boolean;
  /** REST requests to /channels/:channelId/… after the dispatch. */
  requests(): RecordedRequest[];
  /** First accepted POST /channels/:channelId/messages after the dispatch. */
  waitForReply(options?: WaitOptions): Promise<RecordedRequest>;
}

export interface DispatchOptions {
  /** Routes to the shard owning this guild; null/omitted = shard 0 unless shardId is given. */
  guildId?: string | null;
  shardId?: number;
}

export interface FakeDiscord {
  /** Pass as `rest.api`: `http://127.0.0.1:PORT/api`. */
  apiUrl: string;
  gatewayUrl: string;
  token: string;
  botUser: FakeUser;
  applicationId: string;
  guilds: readonly FakeGuild[];
  /** The first guild. */
  guild: FakeGuild;
  /** The default human user for interactions and messages. */
  user: FakeUser;

  /** Index the next REST request will get; use as `since`. */
  mark(): number;
  requests(since?: number): RecordedRequest[];
  /** Requests that matched no route (answered 404 `{message:'Unknown', code:0}`). */
  unhandledRequests(since?: number): RecordedRequest[];
  waitForRequest(predicate: (request: RecordedRequest) => boolean, options?: WaitOptions): Promise<RecordedRequest>;
  failNext(rule: FailRule): void;

  gatewayMark(): number;
  gatewayFrames(since?: number): GatewayFrame[];
  waitForGatewayFrame(predicate: (frame: GatewayFrame) => boolean, options?: WaitOptions): Promise<GatewayFrame>;
  sessions(): GatewaySessionInfo[];
  /** Server-side close with `code` (default 4000: client resumes). */
  closeGateway(code?: number, shardId?: number): void;
  /** Drop sockets without a close frame (client sees 1006 and resumes). */
  terminateGateway(shardId?: number): void;
  sendReconnect(shardId?: number): void;
  sendInvalidSession(resumable: boolean, shardId?: number): void;
  /** Raw dispatch escape hatch. Returns false only if dropped for missing intents (never here). */
  dispatch(t: string, d: JsonObject, options?: DispatchOptions): boolean;

  slashCommand(options: SlashCommandOptions): InteractionHandle;
  autocomplete(options: AutocompleteOptions): InteractionHandle;
  buttonClick(options: ComponentOptions): InteractionHandle;
  selectMenu(options: SelectMenuOptions): InteractionHandle;
  modalSubmit(options: ModalSubmitOptions): InteractionHandle;
  messageCreate(options: MessageCreateOptions): MessageHandle;

  /** A new (remembered) human user. */
  makeUser(init?: Partial<FakeUser>): FakeUser;
  /** Commands registered via bulk overwrite: global, or for a guild. */
  registeredCommands(guildId?: string): JsonObject[];
  close(): Promise<void>;
}

const INTENT_GUILD_MESSAGES = 1 << 9;
const INTENT_DIRECT_MESSAGES = 1 << 12;
const INTENT_MESSAGE_CONTENT = 1 << 15;

function isAccepted(request: RecordedRequest): boolean {
  return request.status >= 200 && request.status < 300;
}

function listen(server: Server): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve((server.address() as AddressInfo).port));
  });
}

function findCommand(state: FakeState, name: string, guildId: string | null): JsonObject | undefined {
  const scopes = guildId === null ? ["global"] : [guildId, "global"];
  for (const scope of scopes) {
    const found = state.commands.get(scope)?.find((c) => c["name"] === name);
    if (found) return found;
  }
  return undefined;
}

function declaredOptionType(command: JsonObject | undefined, name: string): number | undefined {
  const options = command?.["options"];
  if (!Array.isArray(options)) return undefined;
  const option = options.find((o: JsonObject) => o["name"] === name) as JsonObject | undefined;
  return typeof option?.["type"] === "number" ? option["type"] : undefined;
}

function inferredOptionType(value: string | number | boolean): number {
  if (typeof value === "string") return 3;
  if (typeof value === "boolean") return 5;
  return Number.isInteger(value) ? 4 : 10;
}

function commandOptions(input: CommandOptionsInput | undefined, command: JsonObject | undefined): JsonObject[] {
  if (input === undefined) return [];
  if (Array.isArray(input)) return [...(input as readonly JsonObject[])];
  return Object.entries(input).map(([name, value]) => ({
    name,
    type: declaredOptionType(command, name) ?? inferredOptionType(value),
    value,
  }));
}

export async function startFakeDiscord(options: StartFakeDiscordOptions): Promise<FakeDiscord> {
  const state = createState(options);
  const firstGuild = state.guilds[0];
  if (!firstGuild) throw new Error("fake discord: at least one guild is required");
  const server = createServer();
  const port = await listen(server);
  const baseUrl = `http://127.0.0.1:${port}`;
  const gatewayUrl = `ws://127.0.0.1:${port}`;
  const rest = createFakeRest(state, () => gatewayUrl);
  const gateway = createFakeGateway(server, state, () => gatewayUrl);
  server.on("request", rest.handle);

  function target(place: InteractionPlace, fallbackChannelId?: string): InteractionTarget {
    const user = place.user ? rememberUser(state, place.user) : state.defaultUser;
    const guild = place.dm ? null : findGuild(state, place.guildId);
    const channelId = place.channelId ?? fallbackChannelId ?? (guild ? guild.channelId : dmChannelIdFor(state, user));
    return {
      applicationId: state.applicationId,
      user,
      locale: place.locale ?? "en-US",
      guild,
      channelId,
      memberPermissions: place.permissions ?? DEFAULT_PERMISSIONS,
      memberRoles: place.roles,
      appPermissions: place.appPermissions ?? DEFAULT_PERMISSIONS,
      integrationOwners: place.integrationOwners,
    };
  }

  function handleFor(record: InteractionRecord, mark: number): InteractionHandle {
    const webhookPrefix = `/webhooks/${state.applicationId}/${record.token}`;
    const callbackPath = `/interactions/${record.id}/${record.token}/callback`;
    const belongs = (r: RecordedRequest): boolean =>
      r.path === callbackPath || r.path === webhookPrefix || r.path.startsWith(`${webhookPrefix}/`);
    const waitFor = (predicate: (r: RecordedRequest) => boolean, wait: WaitOptions = {}): Promise<RecordedRequest> =>
      rest.requests.waitFor((r) => belongs(r) && predicate(r), { since: mark, ...wait });
    return {
      id: record.id,
      token: record.token,
      payload: record.payload,
      mark,
      requests: () => rest.requests.entries(mark).filter(belongs),
      waitFor,
      waitForCallback: (wait) => waitFor((r) => isAccepted(r) && r.path === callbackPath, wait),
      waitForEdit: (wait) =>
        waitFor((r) => isAccepted(r) && r.method === "PATCH" && r.path.startsWith(`${webhookPrefix}/messages/`), wait),
      waitForFollowUp: (wait) => waitFor((r) => isAccepted(r) && r.method === "POST" && r.path === webhookPrefix, wait),
      originalMessage: () => record.original,
    };
  }

  // Registers the interaction (so callbacks/webhooks are recognised) and
  // dispatches INTERACTION_CREATE on the shard that owns the guild.
  function dispatchInteraction(
    place: InteractionTarget,
    type: number,
    data: JsonObject,
    extra: JsonObject,
    sourceMessage: JsonObject | null,
  ): InteractionHandle {
    const payload = interactionPayload(place, type, data, extra);
    const record: InteractionRecord = {
      id: String(payload["id"]),
      token: String(payload["token"]),
      type,
      payload,
      guildId: place.guild?.id ?? null,
      channelId: place.channelId,
      user: place.user,
      commandName: type === 2 || type === 4 ? String(data["name"]) : null,
      acknowledged: false,
      original: null,
      sourceMessage,
      followUps: 0,
    };
    state.interactions.set(record.id, record);
    const mark = rest.requests.mark();
    gateway.dispatch("INTERACTION_CREATE", payload, { shardId: gateway.shardForGuild(record.guildId) });
    return handleFor(record, mark);
  }

  function commandData(opts: SlashCommandOptions, guildId: string | null, options: JsonObject[]): JsonObject {
    const command = findCommand(state, opts.name, guildId);
    return {
      id: opts.commandId ?? (typeof command?.["id"] === "string" ? command["id"] : snowflake()),
      name: opts.name,
      type: 1,
      options,
      ...(typeof command?.["guild_id"] === "string" ? { guild_id: command["guild_id"] } : {}),
      ...(opts.resolved ? { resolved: opts.resolved } : {}),
    };
  }

  function slashCommand(opts: SlashCommandOptions): InteractionHandle {
    const place = target(opts);
    const guildId = place.guild?.id ?? null;
    const options = commandOptions(opts.options, findCommand(state, opts.name, guildId));
    return dispatchInteraction(place, 2, commandData(opts, guildId, options), {}, null);
  }

  function autocomplete(opts: AutocompleteOptions): InteractionHandle {
    const place = target(opts);
    const guildId = place.guild?.id ?? null;
    const command = findCommand(state, opts.name, guildId);
    const others = commandOptions(opts.options, command).filter((o) => o["name"] !== opts.focused);
    const focused = {
      name: opts.focused,
      type: declaredOptionType(command, opts.focused) ?? 3,
      value: opts.value,
      focused: true,
    };
    return dispatchInteraction(place, 4, commandData(opts, guildId, [...others, focused]), {}, null);
  }

  // A component interaction happens where its message is, so an explicit
  // message decides channel and guild-vs-DM unless the test says otherwise.
  function componentPlace(opts: ComponentOptions | ModalSubmitOptions): InteractionTarget {
    const message = opts.message;
    const messageChannel = typeof message?.["channel_id"] === "string" ? message["channel_id"] : undefined;
    const messageGuild = typeof message?.["guild_id"] === "string" ? message["guild_id"] : undefined;
    const dm = opts.dm ?? (message !== undefined && messageGuild === undefined && opts.guildId === undefined);
    return target(
      { ...opts, dm, ...(messageGuild !== undefined && opts.guildId === undefined ? { guildId: messageGuild } : {}) },
      messageChannel,
    );
  }

  function sourceMessage(place: InteractionTarget, given: JsonObject | undefined, components: JsonObject[]): JsonObject {
    if (given) return given;
    const message = messagePayload({
      channelId: place.channelId,
      guildId: place.guild?.id,
      author: state.botUser,
      content: "Pick one",
      components,
    });
    state.messages.set(String(message["id"]), message);
    return message;
  }

  function buttonClick(opts: ComponentOptions): InteractionHandle {
    const place = componentPlace(opts);
    const message = sourceMessage(place, opts.message, [buttonRow(opts.customId)]);
    return dispatchInteraction(place, 3, { custom_id: opts.customId, component_type: 2 }, { message }, message);
  }

  function selectMenu(opts: SelectMenuOptions): InteractionHandle {
    const place = componentPlace(opts);
    const message = sourceMessage(place, opts.message, [stringSelectRow(opts.customId, opts.values)]);
    const data = { custom_id: opts.customId, component_type: opts.componentType ?? 3, values: opts.values };
    return dispatchInteraction(place, 3, data, { message }, message);
  }

  function modalSubmit(opts: ModalSubmitOptions): InteractionHandle {
    const place = componentPlace(opts);
    const components = Object.entries(opts.fields).map(([customId, value]) => ({
      type: 1,
      components: [{ type: 4, custom_id: customId, value }],
    }));
    const extra = opts.message ? { message: opts.message } : {};
    return dispatchInteraction(place, 5, { custom_id: opts.customId, components }, extra, opts.message ?? null);
  }

  // Mirrors Discord's privileged-intent rule: without MESSAGE_CONTENT the bot
  // gets empty content in guilds unless it is mentioned (DMs are exempt).
  function canSeeContent(opts: MessageCreateOptions, shardId: number): boolean {
    if (opts.dm) return true;
    if ((gateway.intentsOf(shardId) & INTENT_MESSAGE_CONTENT) !== 0) return true;
    return (opts.mentions ?? []).some((u) => u.id === state.botUser.id);
  }

  function messageCreate(opts: MessageCreateOptions): MessageHandle {
    const author = opts.author ? rememberUser(state, opts.author) : state.defaultUser;
    const guild = opts.dm ? null : findGuild(state, opts.guildId);
    const channelId = opts.channelId ?? (guild ? guild.channelId : dmChannelIdFor(state, author));
    const shardId = gateway.shardForGuild(guild?.id ?? null);
    const visible = canSeeContent(opts, shardId);
    const payload = messagePayload({
      id: opts.id,
      channelId,
      guildId: guild?.id,
      author,
      content: visible ? opts.content : "",
      embeds: visible ? opts.embeds : [],
      attachments: visible ? opts.attachments : [],
      mentions: opts.mentions,
      extra: {
        channel_type: guild ? 0 : 1,
        nonce: snowflake(),
        ...(guild ? { member: memberPayload(author, { withUser: false }) } : {}),
      },
    });
    state.messages.set(String(payload["id"]), payload);
    const mark = rest.requests.mark();
    const requiredIntents = guild ? INTENT_GUILD_MESSAGES : INTENT_DIRECT_MESSAGES;
    const delivered = gateway.dispatch("MESSAGE_CREATE", payload, { shardId, requiredIntents });
    const inChannel = (r: RecordedRequest): boolean => r.path.startsWith(`/channels/${channelId}/`);
    return {
      id: String(payload["id"]),
      channelId,
      payload,
      mark,
      delivered,
      requests: () => rest.requests.entries(mark).filter(inChannel),
      waitForReply: (wait) =>
        rest.requests.waitFor((r) => isAccepted(r) && r.method === "POST" && r.path === `/channels/${channelId}/messages`, {
          since: mark,
          ...wait,
        }),
    };
  }

  async function close(): Promise<void> {
    gateway.close();
    rest.requests.close("fake discord closed");
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  return {
    apiUrl: `${baseUrl}/api`,
    gatewayUrl,
    token: state.token,
    botUser: state.botUser,
    applicationId: state.applicationId,
    guilds: state.guilds,
    guild: firstGuild,
    user: state.defaultUser,
    mark: rest.requests.mark,
    requests: rest.requests.entries,
    unhandledRequests: (since) => rest.requests.entries(since).filter((r) => r.unhandled),
    waitForRequest: rest.requests.waitFor,
    failNext: rest.failNext,
    gatewayMark: gateway.frames.mark,
    gatewayFrames: gateway.frames.entries,
    waitForGatewayFrame: gateway.frames.waitFor,
    sessions: gateway.sessions,
    closeGateway: (code = 4000, shardId) => gateway.closeGateway(code, shardId),
    terminateGateway: gateway.terminate,
    sendReconnect: gateway.sendReconnect,
    sendInvalidSession: gateway.sendInvalidSession,
    dispatch: (t, d, dispatchOptions = {}) =>
      gateway.dispatch(t, d, { shardId: dispatchOptions.shardId ?? gateway.shardForGuild(dispatchOptions.guildId ?? null) }),
    slashCommand,
    autocomplete,
    buttonClick,
    selectMenu,
    modalSubmit,
    messageCreate,
    makeUser: (init) => rememberUser(state, makeUser(init)),
    registeredCommands: (guildId) => state.commands.get(guildId ?? "global") ?? [],
    close,
  };
}
