// The HTTP half of the fake: parses what @discordjs/rest sends (JSON or
// multipart with payload_json), records every request in order, applies
// injected faults, and hands the rest to the route table in restRoutes.ts.

import type { IncomingMessage, ServerResponse } from "node:http";
import { createEventLog, type EventLog } from "./eventLog.js";
import type { FakeState } from "./fakeState.js";
import { discordError, findRoute, type RestResponse } from "./restRoutes.js";

const API_PREFIX = "/api/v10";

export interface RecordedFile {
  /** Multipart field name, e.g. `files[0]`. */
  field: string;
  name: string;
  contentType: string;
  size: number;
  data: Buffer;
}

export interface RecordedRequest {
  /** Position in the request log; compare with `mark()`. */
  index: number;
  method: string;
  /** Decoded path without `/api/v10`, e.g. `/webhooks/1/tok/messages/@original`. */
  path: string;
  query: Record<string, string>;
  /** Lower-cased header names. */
  headers: Record<string, string>;
  /** Parsed JSON body, or the parsed `payload_json` of a multipart body; undefined if none. */
  body: unknown;
  files: RecordedFile[];
  /** Status the fake answered with. */
  status: number;
  /** True when the answer came from `failNext`. */
  injected: boolean;
  /** True when no route matched (answered 404 `{message:'Unknown', code:0}`). */
  unhandled: boolean;
  at: number;
}

export interface FailRule {
  /** HTTP method to match (any if omitted). */
  method?: string;
  /** RegExp on the decoded path, or a path where `*` stands for one segment: `/interactions/*\/*\/callback`. */
  pathPattern: RegExp | string;
  status: number;
  /** Seconds, sent as the `Retry-After` header (what @discordjs/rest actually reads). Default 1 for 429. */
  retryAfter?: number;
  /** `x-ratelimit-scope` for 429s. Default 'user'; 'global' also sets `x-ratelimit-global`. */
  scope?: "user" | "global" | "shared";
  /** JSON error body; a Discord-style default is chosen from the status. */
  body?: unknown;
  /** How many matching requests fail. Default 1. Note @discordjs/rest retries 5xx (3 times by default). */
  times?: number;
}

/** Spread into failNext: `fake.failNext({ pathPattern: /\/callback$/, ...UNKNOWN_INTERACTION })`. */
export const UNKNOWN_INTERACTION = { status: 404, body: { code: 10062, message: "Unknown interaction" } } as const;

export interface FakeRest {
  handle(req: IncomingMessage, res: ServerResponse): void;
  requests: EventLog<RecordedRequest>;
  failNext(rule: FailRule): void;
}

interface ParsedBody {
  body: unknown;
  files: RecordedFile[];
}

function readRaw(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => resolve(Buffer.concat(chunks)));
    req.on("error", reject);
  });
}

function parseJson(text: string): unknown {
  if (text.length === 0) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

// undici's Response already implements a correct multipart parser; using it
// avoids a hand-written one.
async function parseMultipart(raw: Buffer, contentType: string): Promise<ParsedBody> {
  const form = await new Response(raw, { headers: { "content-type": contentType } }).formData();
  let body: unknown;
  const files: RecordedFile[] = [];
  for (const [field, value] of form.entries()) {
    if (typeof value === "string") {
      if (field === "payload_json") body = parseJson(value);
      continue;
    }
    const data = Buffer.from(await value.arrayBuffer());
    files.push({ field, name: value.name, contentType: value.type, size: data.length, data });
  }
  return { body, files };
}

async function parseBody(req: IncomingMessage): Promise<ParsedBody> {
  const raw = await readRaw(req);
  const contentType = req.headers["content-type"] ?? "";
  if (contentType.startsWith("multipart/form-data")) return parseMultipart(raw, contentType);
  return { body: parseJson(raw.toString("utf8")), files: [] };
}

function flattenHeaders(req: IncomingMessage): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(", ") : value;
  }
  return headers;
}

// Segments are decoded one by one so `%40original` becomes `@original`
// while an encoded `/` inside a segment could not fake a route.
function decodePath(pathname: string): string {
  return pathname
    .split("/")
    .map((segment) => {
      try {
        return decodeURIComponent(segment);
      } catch {
        return segment;
      }
    })
    .join("/");
}

function patternToRegExp(pattern: RegExp | string): RegExp {
  if (pattern instanceof RegExp) return pattern;
  const escaped = pattern.replace(/[.+?^${}()|[\]\\]/g, "\\$&").replace(/\*/g, "[^/]+");
  return new RegExp(`^${escaped}$`);
}

function defaultErrorBody(status: number, retryAfter: number, scope: string): unknown {
  if (status === 429) return { message: "You are being rate limited.", retry_after: retryAfter, global: scope === "global" };
  if (status >= 500) return { message: `${status}: Internal Server Error`, code: 0 };
  return { message: "Unknown", code: 0 };
}

interface ActiveRule {
  method: string | undefined;
  pattern: RegExp;
  response: RestResponse;
  remaining: number;
}

function toActiveRule(rule: FailRule): ActiveRule {
  const retryAfter = rule.retryAfter ?? 1;
  const scope = rule.scope ?? "user";
  const headers: Record<string, string> = {};
  if (rule.status === 429 || rule.retryAfter !== undefined) {
    headers["retry-after"] = String(retryAfter);
    headers["x-ratelimit-scope"] = scope;
    if (scope === "global") headers["x-ratelimit-global"] = "true";
  }
  return {
    method: rule.method?.toUpperCase(),
    pattern: patternToRegExp(rule.pathPattern),
    response: { status: rule.status, body: rule.body ?? defaultErrorBody(rule.status, retryAfter, scope), headers },
    remaining: rule.times ?? 1,
  };
}

function describeRequest(request: RecordedRequest): string {
  const flags = `${request.injected ? " (injected)" : ""}${request.unhandled ? " (unhandled)" : ""}`;
  return `#${request.index} ${request.method} ${request.path} -> ${request.status}${flags}`;
}

// A 204 must not claim a JSON body: @discordjs/rest would try to parse it.
function send(res: ServerResponse, response: RestResponse): void {
  const headers: Record<string, string> = { ...response.headers };
  if (response.body === undefined) {
    res.writeHead(response.status, headers).end();
    return;
  }
  headers["content-type"] = "application/json";
  res.writeHead(response.status, headers).end(JSON.stringify(response.body));
}

export function createFakeRest(state: FakeState, gatewayUrl: () => string): FakeRest {
  const requests = createEventLog<RecordedRequest>("fake discord REST", describeRequest);
  const rules: ActiveRule[] = [];

  function takeInjected(method: string, path: string): RestResponse | undefined {
    const rule = rules.find((r) => (r.method === undefined || r.method === method) && r.pattern.test(path));
    if (!rule) return undefined;
    rule.remaining -= 1;
    if (rule.remaining <= 0) rules.splice(rules.indexOf(rule), 1);
    return rule.response;
  }

  function isAuthorized(headers: Record<string, string>): boolean {
    return headers["authorization"] === `Bot ${state.token}`;
  }

  function route(
    method: string,
    path: string,
    parsed: ParsedBody,
    query: Record<string, string>,
    headers: Record<string, string>,
  ): { response: RestResponse; unhandled: boolean } {
    const match = findRoute(method, path);
    if (!match) return { response: discordError(404, 0, "Unknown"), unhandled: true };
    if (match.route.auth && !isAuthorized(headers)) {
      return { response: { status: 401, body: { message: "401: Unauthorized", code: 0 } }, unhandled: false };
    }
    const response = match.route.handle({
      state,
      params: match.params,
      body: parsed.body,
      files: parsed.files,
      query,
      gatewayUrl: gatewayUrl(),
    });
    return { response, unhandled: false };
  }

  async function respond(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const method = (req.method ?? "GET").toUpperCase();
    const fullPath = decodePath(url.pathname);
    const path = fullPath.startsWith(`${API_PREFIX}/`) ? fullPath.slice(API_PREFIX.length) : fullPath;
    const query = Object.fromEntries(url.searchParams);
    const headers = flattenHeaders(req);
    const parsed = await parseBody(req);
    const injected = takeInjected(method, path);
    const outcome = injected
      ? { response: injected, unhandled: false }
      : fullPath === path
        ? { response: discordError(404, 0, "Unknown"), unhandled: true }
        : route(method, path, parsed, query, headers);
    requests.push((index) => ({
      index,
      method,
      path,
      query,
      headers,
      body: parsed.body,
      files: parsed.files,
      status: outcome.response.status,
      injected: injected !== undefined,
      unhandled: outcome.unhandled,
      at: Date.now(),
    }));
    send(res, outcome.response);
  }

  function handle(req: IncomingMessage, res: ServerResponse): void {
    respond(req, res).catch((error: unknown) => {
      // A bug in the fake must surface in the test output, not as a hang.
      console.error("fake discord REST handler failed", error);
      if (!res.headersSent) send(res, { status: 500, body: { message: String(error), code: 0 } });
    });
  }

  return {
    handle,
    requests,
    failNext: (rule) => {
      rules.push(toActiveRule(rule));
    },
  };
}
