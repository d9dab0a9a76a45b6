// Route table of the fake REST API (paths are relative to /api/v10 and
// already URL-decoded). Each handler is a pure-ish function of the shared
// state and the request; fakeRest.ts does parsing, recording and faults.

import type { RecordedFile } from "./fakeRest.js";
import {
  dmChannelIdFor,
  guildIdOfChannel,
  interactionByToken,
  rememberUser,
  type FakeState,
  type InteractionRecord,
} from "./fakeState.js";
import { isoNow, makeUser, messagePayload, snowflake, type JsonObject } from "./payloads.js";

export interface RestResponse {
  status: number;
  /** JSON body; undefined means no body (and no content-type). */
  body?: unknown;
  headers?: Record<string, string>;
}

export interface RouteContext {
  state: FakeState;
  params: Record<string, string>;
  body: unknown;
  files: RecordedFile[];
  query: Record<string, string>;
  gatewayUrl: string;
}

interface Route {
  method: string;
  path: string;
  /** Whether `Authorization: Bot <token>` is required (interaction/webhook routes use the token in the URL). */
  auth: boolean;
  handle(ctx: RouteContext): RestResponse;
}

export function discordError(status: number, code: number, message: string): RestResponse {
  return { status, body: { message, code } };
}

const ok = (body: unknown): RestResponse => ({ status: 200, body });
const noContent: RestResponse = { status: 204 };
const LOADING_FLAG = 128;
const EPHEMERAL_FLAG = 64;

function asObject(value: unknown): JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as JsonObject) : {};
}

function param(ctx: RouteContext, name: string): string {
  const value = ctx.params[name];
  if (value === undefined) throw new Error(`route param ${name} missing`);
  return value;
}

function numberOr(value: unknown, fallback: number): number {
  return typeof value === "number" ? value : fallback;
}

// Files uploaded in this request become attachments; without files, an
// `attachments` array in the body says which existing ones to keep.
function attachmentsFor(previous: unknown, data: JsonObject, files: RecordedFile[]): unknown[] | undefined {
  if (files.length > 0) {
    return files.map((file) => ({
      id: snowflake(),
      filename: file.name,
      size: file.size,
      content_type: file.contentType,
      url: `https://cdn.discordapp.com/attachments/0/0/${encodeURIComponent(file.name)}`,
      proxy_url: `https://media.discordapp.net/attachments/0/0/${encodeURIComponent(file.name)}`,
    }));
  }
  if (!Array.isArray(data["attachments"])) return undefined;
  const keep = new Set(data["attachments"].map((a) => String(asObject(a)["id"])));
  return (Array.isArray(previous) ? previous : []).filter((a) => keep.has(String(asObject(a)["id"])));
}

function applyEdit(message: JsonObject, data: JsonObject, files: RecordedFile[]): JsonObject {
  const edited: JsonObject = { ...message, edited_timestamp: isoNow() };
  for (const key of ["content", "embeds", "components", "poll"] as const) {
    if (key in data) edited[key] = data[key];
  }
  const attachments = attachmentsFor(message["attachments"], data, files);
  if (attachments !== undefined) edited["attachments"] = attachments;
  // Editing a deferred ("thinking…") response replaces it, so the loading flag goes.
  edited["flags"] = numberOr(data["flags"], numberOr(message["flags"], 0)) & ~LOADING_FLAG;
  return edited;
}

function interactionMetadata(record: InteractionRecord): JsonObject {
  return {
    id: record.id,
    type: record.type,
    user: record.user,
    authorizing_integration_owners: record.payload["authorizing_integration_owners"],
    ...(record.commandName !== null ? { name: record.commandName, command_type: 1 } : {}),
    ...(record.sourceMessage !== null ? { interacted_message_id: record.sourceMessage["id"] } : {}),
  };
}

function interactionMessage(
  state: FakeState,
  record: InteractionRecord,
  data: JsonObject,
  files: RecordedFile[],
  extraFlags = 0,
): JsonObject {
  return messagePayload({
    channelId: record.channelId,
    guildId: record.guildId ?? undefined,
    author: state.botUser,
    content: typeof data["content"] === "string" ? data["content"] : "",
    embeds: Array.isArray(data["embeds"]) ? data["embeds"] : [],
    components: Array.isArray(data["components"]) ? data["components"] : [],
    attachments: attachmentsFor([], data, files) ?? [],
    flags: numberOr(data["flags"], 0) | extraFlags,
    type: record.type === 2 ? 20 : 0,
    extra: {
      webhook_id: state.applicationId,
      application_id: state.applicationId,
      interaction_metadata: interactionMetadata(record),
    },
  });
}

function remember(state: FakeState, message: JsonObject): JsonObject {
  state.messages.set(String(message["id"]), message);
  return message;
}

/** The message a callback creates or changes, or null for autocomplete/modal/pong. */
function callbackMessage(ctx: RouteContext, record: InteractionRecord, type: number, data: JsonObject): JsonObject | null {
  const source = record.sourceMessage;
  switch (type) {
    case 4:
      return remember(ctx.state, interactionMessage(ctx.state, record, data, ctx.files));
    case 5:
      return remember(ctx.state, interactionMessage(ctx.state, record, { flags: data["flags"] }, [], LOADING_FLAG));
    case 6:
      return source;
    case 7:
      return source === null ? null : remember(ctx.state, applyEdit(source, data, ctx.files));
    default:
      return null;
  }
}

function interactionCallback(ctx: RouteContext): RestResponse {
  const record = ctx.state.interactions.get(param(ctx, "id"));
  if (!record || record.token !== param(ctx, "token")) return discordError(404, 10062, "Unknown interaction");
  if (record.acknowledged) return discordError(400, 40060, "Interaction has already been acknowledged.");
  const body = asObject(ctx.body);
  const type = numberOr(body["type"], 0);
  record.acknowledged = true;
  const message = callbackMessage(ctx, record, type, asObject(body["data"]));
  if (message !== null) record.original = message;
  // discord.js 14.28 always sends ?with_response=true|false; only `true` gets a body.
  if (ctx.query["with_response"] !== "true") return noContent;
  const flags = numberOr(message?.["flags"], 0);
  return ok({
    interaction: {
      id: record.id,
      type: record.type,
      ...(message !== null
        ? {
            response_message_id: message["id"],
            response_message_loading: (flags & LOADING_FLAG) !== 0,
            response_message_ephemeral: (flags & EPHEMERAL_FLAG) !== 0,
          }
        : {}),
    },
    resource: { type, ...(message !== null ? { message } : {}) },
  });
}

function webhookInteraction(ctx: RouteContext): InteractionRecord | undefined {
  const record = interactionByToken(ctx.state, param(ctx, "token"));
  if (!record || param(ctx, "appId") !== ctx.state.applicationId || !record.acknowledged) return undefined;
  return record;
}

function unknownWebhook(): RestResponse {
  return discordError(404, 10015, "Unknown Webhook");
}

function webhookMessage(ctx: RouteContext, record: InteractionRecord): JsonObject | undefined {
  const messageId = param(ctx, "messageId");
  if (messageId === "@original") return record.original ?? undefined;
  const message = ctx.state.messages.get(messageId);
  const owner = asObject(message?.["interaction_metadata"])["id"];
  return owner === record.id ? message : undefined;
}

// Discord quirk: the first follow-up after a deferred reply edits the
// "thinking…" message instead of creating a new one.
function followUp(ctx: RouteContext): RestResponse {
  const record = webhookInteraction(ctx);
  if (!record) return unknownWebhook();
  const data = asObject(ctx.body);
  const original = record.original;
  const replacesLoading = original !== null && (numberOr(original["flags"], 0) & LOADING_FLAG) !== 0 && record.followUps === 0;
  record.followUps += 1;
  if (replacesLoading) {
    record.original = remember(ctx.state, applyEdit(original, data, ctx.files));
    return ok(record.original);
  }
  return ok(remember(ctx.state, interactionMessage(ctx.state, record, data, ctx.files)));
}

function getWebhookMessage(ctx: RouteContext): RestResponse {
  const record = webhookInteraction(ctx);
  if (!record) return unknownWebhook();
  const message = webhookMessage(ctx, record);
  return message ? ok(message) : discordError(404, 10008, "Unknown Message");
}

function editWebhookMessage(ctx: RouteContext): RestResponse {
  const record = webhookInteraction(ctx);
  if (!record) return unknownWebhook();
  const message = webhookMessage(ctx, record);
  if (!message) return discordError(404, 10008, "Unknown Message");
  const edited = remember(ctx.state, applyEdit(message, asObject(ctx.body), ctx.files));
  if (param(ctx, "messageId") === "@original" || record.original?.["id"] === edited["id"]) record.original = edited;
  return ok(edited);
}

function deleteWebhookMessage(ctx: RouteContext): RestResponse {
  const record = webhookInteraction(ctx);
  if (!record) return unknownWebhook();
  const message = webhookMessage(ctx, record);
  if (!message) return discordError(404, 10008, "Unknown Message");
  ctx.state.messages.delete(String(message["id"]));
  if (record.original?.["id"] === message["id"]) record.original = null;
  return noContent;
}

function knownChannel(ctx: RouteContext): JsonObject | undefined {
  return ctx.state.channels.get(param(ctx, "channelId"));
}

function createChannelMessage(ctx: RouteContext): RestResponse {
  if (!knownChannel(ctx)) return discordError(404, 10003, "Unknown Channel");
  const channelId = param(ctx, "channelId");
  const guildId = guildIdOfChannel(ctx.state, channelId);
  const data = asObject(ctx.body);
  const reference = asObject(data["message_reference"]);
  const referenced = typeof reference["message_id"] === "string" ? ctx.state.messages.get(reference["message_id"]) : undefined;
  const isReply = reference["message_id"] !== undefined;
  const message = messagePayload({
    channelId,
    guildId,
    author: ctx.state.botUser,
    content: typeof data["content"] === "string" ? data["content"] : "",
    embeds: Array.isArray(data["embeds"]) ? data["embeds"] : [],
    components: Array.isArray(data["components"]) ? data["components"] : [],
    attachments: attachmentsFor([], data, ctx.files) ?? [],
    flags: numberOr(data["flags"], 0),
    type: isReply ? 19 : 0,
    extra: isReply
      ? {
          message_reference: {
            type: 0,
            channel_id: channelId,
            ...(guildId ? { guild_id: guildId } : {}),
            message_id: reference["message_id"],
          },
          referenced_message: referenced ?? null,
        }
      : {},
  });
  return ok(remember(ctx.state, message));
}

function channelMessage(ctx: RouteContext): JsonObject | undefined {
  const message = ctx.state.messages.get(param(ctx, "messageId"));
  return message?.["channel_id"] === param(ctx, "channelId") ? message : undefined;
}

function getChannelMessage(ctx: RouteContext): RestResponse {
  const message = channelMessage(ctx);
  return message ? ok(message) : discordError(404, 10008, "Unknown Message");
}

function editChannelMessage(ctx: RouteContext): RestResponse {
  const message = channelMessage(ctx);
  if (!message) return discordError(404, 10008, "Unknown Message");
  return ok(remember(ctx.state, applyEdit(message, asObject(ctx.body), ctx.files)));
}

function deleteChannelMessage(ctx: RouteContext): RestResponse {
  const message = channelMessage(ctx);
  if (!message) return discordError(404, 10008, "Unknown Message");
  ctx.state.messages.delete(String(message["id"]));
  return noContent;
}

function getChannel(ctx: RouteContext): RestResponse {
  const channel = knownChannel(ctx);
  return channel ? ok(channel) : discordError(404, 10003, "Unknown Channel");
}

function createDm(ctx: RouteContext): RestResponse {
  const recipientId = asObject(ctx.body)["recipient_id"];
  if (typeof recipientId !== "string") return discordError(400, 50035, "Invalid Form Body");
  const user = ctx.state.users.get(recipientId) ?? rememberUser(ctx.state, makeUser({ id: recipientId }));
  const channelId = dmChannelIdFor(ctx.state, user);
  return ok(ctx.state.channels.get(channelId));
}

function getUser(ctx: RouteContext): RestResponse {
  const userId = param(ctx, "userId");
  const user = userId === "@me" ? ctx.state.botUser : ctx.state.users.get(userId);
  return user ? ok(user) : discordError(404, 10013, "Unknown User");
}

function gatewayBot(ctx: RouteContext): RestResponse {
  return ok({
    url: ctx.gatewayUrl,
    shards: ctx.state.shards,
    session_start_limit: { total: 1000, remaining: 1000, reset_after: 0, max_concurrency: 1 },
  });
}

function currentApplication(ctx: RouteContext): RestResponse {
  const { state } = ctx;
  return ok({
    id: state.applicationId,
    name: state.botUser.username,
    icon: null,
    description: "",
    bot_public: true,
    bot_require_code_grant: false,
    verify_key: "0".repeat(64),
    flags: 0,
    team: null,
    owner: state.defaultUser,
    bot: state.botUser,
  });
}

function commandScope(ctx: RouteContext): { key: string; guildId: string | null } | RestResponse {
  if (param(ctx, "appId") !== ctx.state.applicationId) return discordError(404, 10002, "Unknown Application");
  const guildId = ctx.params["guildId"] ?? null;
  if (guildId !== null && !ctx.state.guilds.some((g) => g.id === guildId)) return discordError(403, 50001, "Missing Access");
  return { key: guildId ?? "global", guildId };
}

// Bulk overwrite keeps ids of commands with the same name and type, as Discord does.
function overwriteCommands(ctx: RouteContext): RestResponse {
  const scope = commandScope(ctx);
  if ("status" in scope) return scope;
  if (!Array.isArray(ctx.body)) return discordError(400, 50035, "Invalid Form Body");
  const previous = ctx.state.commands.get(scope.key) ?? [];
  const saved = ctx.body.map((raw) => {
    const command = asObject(raw);
    const type = numberOr(command["type"], 1);
    const same = previous.find((p) => p["name"] === command["name"] && numberOr(p["type"], 1) === type);
    return {
      id: same?.["id"] ?? snowflake(),
      application_id: ctx.state.applicationId,
      version: snowflake(),
      type,
      description: "",
      default_member_permissions: null,
      nsfw: false,
      integration_types: [0],
      contexts: null,
      ...command,
      ...(scope.guildId !== null ? { guild_id: scope.guildId } : {}),
    };
  });
  ctx.state.commands.set(scope.key, saved);
  return ok(saved);
}

function listCommands(ctx: RouteContext): RestResponse {
  const scope = commandScope(ctx);
  if ("status" in scope) return scope;
  return ok(ctx.state.commands.get(scope.key) ?? []);
}

const ROUTES: Route[] = [
  { method: "GET", path: "/gateway/bot", auth: true, handle: gatewayBot },
  { method: "GET", path: "/gateway", auth: false, handle: (ctx) => ok({ url: ctx.gatewayUrl }) },
  { method: "POST", path: "/interactions/:id/:token/callback", auth: false, handle: interactionCallback },
  { method: "POST", path: "/webhooks/:appId/:token", auth: false, handle: followUp },
  { method: "GET", path: "/webhooks/:appId/:token/messages/:messageId", auth: false, handle: getWebhookMessage },
  { method: "PATCH", path: "/webhooks/:appId/:token/messages/:messageId", auth: false, handle: editWebhookMessage },
  { method: "DELETE", path: "/webhooks/:appId/:token/messages/:messageId", auth: false, handle: deleteWebhookMessage },
  { method: "GET", path: "/channels/:channelId", auth: true, handle: getChannel },
  { method: "POST", path: "/channels/:channelId/messages", auth: true, handle: createChannelMessage },
  { method: "GET", path: "/channels/:channelId/messages/:messageId", auth: true, handle: getChannelMessage },
  { method: "PATCH", path: "/channels/:channelId/messages/:messageId", auth: true, handle: editChannelMessage },
  { method: "DELETE", path: "/channels/:channelId/messages/:messageId", auth: true, handle: deleteChannelMessage },
  { method: "POST", path: "/channels/:channelId/typing", auth: true, handle: () => noContent },
  { method: "PUT", path: "/channels/:channelId/messages/:messageId/reactions/:emoji/@me", auth: true, handle: () => noContent },
  {
    method: "DELETE",
    path: "/channels/:channelId/messages/:messageId/reactions/:emoji/@me",
    auth: true,
    handle: () => noContent,
  },
  { method: "POST", path: "/users/@me/channels", auth: true, handle: createDm },
  { method: "GET", path: "/users/:userId", auth: true, handle: getUser },
  { method: "GET", path: "/applications/@me", auth: true, handle: currentApplication },
  { method: "GET", path: "/applications/:appId/commands", auth: true, handle: listCommands },
  { method: "PUT", path: "/applications/:appId/commands", auth: true, handle: overwriteCommands },
  { method: "GET", path: "/applications/:appId/guilds/:guildId/commands", auth: true, handle: listCommands },
  { method: "PUT", path: "/applications/:appId/guilds/:guildId/commands", auth: true, handle: overwriteCommands },
];

function matchPath(pattern: string, path: string): Record<string, string> | undefined {
  const want = pattern.split("/");
  const got = path.split("/");
  if (want.length !== got.length) return undefined;
  const params: Record<string, string> = {};
  for (const [i, segment] of want.entries()) {
    const actual = got[i] ?? "";
    if (segment.startsWith(":")) params[segment.slice(1)] = actual;
    else if (segment !== actual) return undefined;
  }
  return params;
}

// First match wins, so literal routes (`/users/@me/channels`, `/applications/@me`)
// are listed before or never collide with parameterised ones of the same length.
export function findRoute(method: string, path: string): { route: Route; params: Record<string, string> } | undefined {
  for (const route of ROUTES) {
    if (route.method !== method) continue;
    const params = matchPath(route.path, path);
    if (params) return { route, params };
  }
  return undefined;
}
