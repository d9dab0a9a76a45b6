// The gateway half of the fake: HELLO/heartbeat, IDENTIFY (with sharding),
// RESUME with replay, and fault controls (close codes, op 7, op 9).
//
// A session outlives its socket: every dispatch gets the session's next
// sequence number and is kept in its history, whether or not a socket is
// attached. RESUME replays history after the client's seq, so events sent
// while the bot was disconnected arrive exactly like on real Discord.

import { randomBytes } from "node:crypto";
import type { Server } from "node:http";
import { WebSocketServer, type RawData, type WebSocket } from "ws";
import { createEventLog, type EventLog } from "./eventLog.js";
import type { FakeState } from "./fakeState.js";
import { guildCreatePayload, readyPayload, shardForGuild, type JsonObject } from "./payloads.js";

const HEARTBEAT_INTERVAL_MS = 41_250;

export const GatewayOp = {
  Dispatch: 0,
  Heartbeat: 1,
  Identify: 2,
  PresenceUpdate: 3,
  Resume: 6,
  Reconnect: 7,
  InvalidSession: 9,
  Hello: 10,
  HeartbeatAck: 11,
} as const;

export interface GatewayFrame {
  index: number;
  /** 'in' = sent by the bot, 'out' = sent by the fake. */
  direction: "in" | "out";
  connectionId: number;
  shardId: number | null;
  op: number;
  t: string | null;
  s: number | null;
  d: unknown;
  at: number;
}

export interface GatewaySessionInfo {
  sessionId: string;
  shardId: number;
  shardCount: number;
  intents: number;
  seq: number;
  connected: boolean;
}

export interface DispatchTarget {
  shardId: number;
  /** Gateway intent bits the bot must have identified with, or the event is dropped (like Discord does). */
  requiredIntents?: number | undefined;
}

export interface FakeGateway {
  frames: EventLog<GatewayFrame>;
  /** Sends (or buffers) a dispatch; false if the session lacks `requiredIntents` and it was dropped. */
  dispatch(t: string, d: JsonObject, target: DispatchTarget): boolean;
  shardForGuild(guildId: string | null): number;
  intentsOf(shardId: number): number;
  sessions(): GatewaySessionInfo[];
  closeGateway(code: number, shardId?: number): void;
  terminate(shardId?: number): void;
  sendReconnect(shardId?: number): void;
  sendInvalidSession(resumable: boolean, shardId?: number): void;
  close(): void;
}

interface HistoryEntry {
  s: number;
  t: string;
  d: JsonObject;
}

interface Session {
  id: string;
  shardId: number;
  shardCount: number;
  intents: number;
  seq: number;
  history: HistoryEntry[];
  connection: Connection | null;
  invalidated: boolean;
}

interface Connection {
  id: number;
  socket: WebSocket;
  session: Session | null;
}

interface Payload {
  op: number;
  d?: unknown;
  s?: number | null;
  t?: string | null;
}

function parseFrame(data: RawData): Payload | undefined {
  try {
    const parsed: unknown = JSON.parse(Buffer.isBuffer(data) ? data.toString("utf8") : String(data));
    if (typeof parsed === "object" && parsed !== null && typeof (parsed as Payload).op === "number") return parsed as Payload;
  } catch {
    // fall through: malformed frames are answered with close 4002 by the caller
  }
  return undefined;
}

function asRecord(value: unknown): JsonObject {
  return typeof value === "object" && value !== null ? (value as JsonObject) : {};
}

function stripBotPrefix(token: unknown): string {
  return typeof token === "string" ? token.replace(/^Bot /, "") : "";
}

function describeFrame(frame: GatewayFrame): string {
  const shard = frame.shardId === null ? "" : ` shard ${frame.shardId}`;
  return `#${frame.index} ${frame.direction} conn ${frame.connectionId}${shard} op ${frame.op}${frame.t ? ` ${frame.t}` : ""}${frame.s !== null ? ` s=${frame.s}` : ""}`;
}

export function createFakeGateway(server: Server, state: FakeState, gatewayUrl: () => string): FakeGateway {
  const wss = new WebSocketServer({ server });
  const frames = createEventLog<GatewayFrame>("fake discord gateway", describeFrame);
  const connections = new Set<Connection>();
  const sessionsById = new Map<string, Session>();
  const currentByShard = new Map<number, Session>();
  let nextConnectionId = 1;

  function record(direction: "in" | "out", connection: Connection, payload: Payload): void {
    frames.push((index) => ({
      index,
      direction,
      connectionId: connection.id,
      shardId: connection.session?.shardId ?? null,
      op: payload.op,
      t: payload.t ?? null,
      s: payload.s ?? null,
      d: payload.d,
      at: Date.now(),
    }));
  }

  function send(connection: Connection, payload: Payload): void {
    if (connection.socket.readyState !== connection.socket.OPEN) return;
    record("out", connection, payload);
    connection.socket.send(JSON.stringify(payload));
  }

  function detach(session: Session): void {
    if (session.connection) session.connection.session = null;
    session.connection = null;
  }

  function attach(session: Session, connection: Connection): void {
    detach(session);
    session.connection = connection;
    connection.session = session;
  }

  function dispatchTo(session: Session, t: string, d: JsonObject): void {
    session.seq += 1;
    const entry: HistoryEntry = { s: session.seq, t, d };
    session.history.push(entry);
    if (session.connection) send(session.connection, { op: GatewayOp.Dispatch, s: entry.s, t, d });
  }

  function activeShardCount(): number {
    const any = currentByShard.values().next();
    return any.done ? state.shards : any.value.shardCount;
  }

  function guildsOfShard(shardId: number, shardCount: number): FakeState["guilds"] {
    return state.guilds.filter((guild) => shardForGuild(guild.id, shardCount) === shardId);
  }

  function identify(connection: Connection, d: JsonObject): void {
    if (stripBotPrefix(d["token"]) !== state.token) return void connection.socket.close(4004, "Authentication failed.");
    if (connection.session) return void connection.socket.close(4005, "Already authenticated.");
    const shard = Array.isArray(d["shard"]) ? d["shard"] : [0, 1];
    const shardId = Number(shard[0] ?? 0);
    const shardCount = Number(shard[1] ?? 1);
    if (!(shardId >= 0 && shardId < shardCount)) return void connection.socket.close(4010, "Invalid shard.");
    const session: Session = {
      id: randomBytes(16).toString("hex"),
      shardId,
      shardCount,
      intents: typeof d["intents"] === "number" ? d["intents"] : 0,
      seq: 0,
      history: [],
      connection: null,
      invalidated: false,
    };
    const previous = currentByShard.get(shardId);
    if (previous) {
      previous.invalidated = true;
      detach(previous);
    }
    sessionsById.set(session.id, session);
    currentByShard.set(shardId, session);
    attach(session, connection);
    const guilds = guildsOfShard(shardId, shardCount);
    dispatchTo(
      session,
      "READY",
      readyPayload({
        botUser: state.botUser,
        applicationId: state.applicationId,
        guilds,
        sessionId: session.id,
        resumeGatewayUrl: gatewayUrl(),
        shard: [shardId, shardCount],
      }),
    );
    for (const guild of guilds) dispatchTo(session, "GUILD_CREATE", guildCreatePayload(guild, state.botUser));
  }

  function resume(connection: Connection, d: JsonObject): void {
    if (stripBotPrefix(d["token"]) !== state.token) return void connection.socket.close(4004, "Authentication failed.");
    const session = sessionsById.get(String(d["session_id"]));
    const seq = typeof d["seq"] === "number" ? d["seq"] : 0;
    if (!session || session.invalidated) return send(connection, { op: GatewayOp.InvalidSession, d: false });
    if (seq > session.seq) return void connection.socket.close(4007, "Invalid seq.");
    attach(session, connection);
    for (const entry of session.history) {
      if (entry.s > seq) send(connection, { op: GatewayOp.Dispatch, s: entry.s, t: entry.t, d: entry.d });
    }
    // RESUMED takes a sequence number but is not replayable history.
    session.seq += 1;
    send(connection, { op: GatewayOp.Dispatch, s: session.seq, t: "RESUMED", d: {} });
  }

  function onPayload(connection: Connection, payload: Payload): void {
    record("in", connection, payload);
    switch (payload.op) {
      case GatewayOp.Heartbeat:
        return send(connection, { op: GatewayOp.HeartbeatAck });
      case GatewayOp.Identify:
        return identify(connection, asRecord(payload.d));
      case GatewayOp.Resume:
        return resume(connection, asRecord(payload.d));
      default:
        // Presence updates, member requests, … are only recorded. Anything
        // before authentication is a protocol error on real Discord too.
        if (!connection.session) connection.socket.close(4003, "Not authenticated.");
    }
  }

  function onClose(connection: Connection, code: number): void {
    connections.delete(connection);
    const session = connection.session;
    if (!session) return;
    detach(session);
    // A client closing with 1000/1001 ends its session (Discord invalidates it).
    if (code === 1000 || code === 1001) session.invalidated = true;
  }

  wss.on("connection", (socket) => {
    const connection: Connection = { id: nextConnectionId++, socket, session: null };
    connections.add(connection);
    socket.on("message", (data) => {
      const payload = parseFrame(data);
      if (payload) onPayload(connection, payload);
      else socket.close(4002, "Decode error.");
    });
    socket.on("close", (code) => onClose(connection, code));
    socket.on("error", () => {
      // Socket errors end in 'close'; nothing else to do, but an unhandled
      // 'error' event would crash the test process.
    });
    send(connection, { op: GatewayOp.Hello, d: { heartbeat_interval: HEARTBEAT_INTERVAL_MS } });
  });

  function targets(shardId: number | undefined): Connection[] {
    return [...connections].filter((c) => shardId === undefined || c.session?.shardId === shardId);
  }

  // Detaching before closing makes later dispatches buffer instead of being
  // written into a dying socket; RESUME then replays them.
  function closeGateway(code: number, shardId?: number): void {
    for (const connection of targets(shardId)) {
      if (connection.session) detach(connection.session);
      connection.socket.close(code, "fake discord: closeGateway");
    }
  }

  function terminate(shardId?: number): void {
    for (const connection of targets(shardId)) {
      if (connection.session) detach(connection.session);
      connection.socket.terminate();
    }
  }

  function sendReconnect(shardId?: number): void {
    for (const connection of targets(shardId)) {
      const session = connection.session;
      send(connection, { op: GatewayOp.Reconnect, d: null });
      if (session) detach(session);
    }
  }

  function sendInvalidSession(resumable: boolean, shardId?: number): void {
    for (const connection of targets(shardId)) {
      const session = connection.session;
      send(connection, { op: GatewayOp.InvalidSession, d: resumable });
      if (!session) continue;
      if (!resumable) session.invalidated = true;
      detach(session);
    }
  }

  function dispatch(t: string, d: JsonObject, target: DispatchTarget): boolean {
    const session = currentByShard.get(target.shardId);
    if (!session) throw new Error(`fake discord: no gateway session for shard ${target.shardId}; log the client in first`);
    const required = target.requiredIntents ?? 0;
    if ((session.intents & required) !== required) return false;
    dispatchTo(session, t, d);
    return true;
  }

  function close(): void {
    frames.close("fake discord closed");
    for (const connection of connections) connection.socket.terminate();
    connections.clear();
    wss.close();
  }

  return {
    frames,
    dispatch,
    shardForGuild: (guildId) => (guildId === null ? 0 : shardForGuild(guildId, activeShardCount())),
    intentsOf: (shardId) => currentByShard.get(shardId)?.intents ?? 0,
    sessions: () =>
      [...currentByShard.values()].map((s) => ({
        sessionId: s.id,
        shardId: s.shardId,
        shardCount: s.shardCount,
        intents: s.intents,
        seq: s.seq,
        connected: s.connection !== null,
      })),
    closeGateway,
    terminate,
    sendReconnect,
    sendInvalidSession,
    close,
  };
}
