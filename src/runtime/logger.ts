import { pino, type DestinationStream, type Logger } from "pino";
import { prettyDestination } from "./prettyLog.js";

export interface LoggerOptions {
  /** Strings that must never be printed (the bot token): replaced in every line, wherever they stand. */
  readonly secrets?: readonly string[];
  /**
   * Where the lines go; by default stderr: one readable line each on a terminal, pino's JSON
   * otherwise (a pipe, a file, journald), for the log shipper.
   */
  readonly destination?: DestinationStream;
}

const REDACTED = "[redacted]";

/** Logs go to stderr everywhere: stdout carries only what a command is for. */
export function createLogger(level: string, name = "talks-qa", { secrets = [], destination }: LoggerOptions = {}): Logger {
  return pino(
    {
      name,
      level,
      // Defence in depth: even if a token lands in a logged object, it is not printed.
      redact: { paths: ["token", "*.token", "headers.authorization", "*.headers.authorization"], censor: REDACTED },
      // The paths above cannot catch a secret inside a message or a stack (Discord may echo a
      // request back in an error); the finished line can.
      ...(secrets.length > 0 ? { hooks: { streamWrite: (line: string) => redactSecrets(line, secrets) } } : {}),
    },
    destination ?? (process.stderr.isTTY ? prettyDestination() : pino.destination({ dest: 2, sync: true })),
  );
}

/** `text` with every secret replaced; longer secrets first, so a part never leaves the rest behind. */
export function redactSecrets(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const secret of [...secrets].sort((a, b) => b.length - a.length)) {
    if (secret.length > 0) out = out.replaceAll(secret, REDACTED);
  }
  return out;
}

/**
 * What of a bot token must not be printed: the whole, and its last part (the signature), which with
 * the public bot id and a timestamp is the token again.
 */
export function tokenSecrets(token: string): string[] {
  const signature = token.split(".").at(-1) ?? "";
  return signature.length >= 20 && signature !== token ? [token, signature] : [token];
}

/**
 * The parts of an error worth a log line. Not the whole object: a REST error carries the request
 * URL and body, and an interaction's URL contains its token.
 */
export function errorInfo(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { message: String(error) };
  const extra = error as Error & { code?: unknown; status?: unknown };
  return {
    type: error.name,
    message: error.message,
    ...(extra.code !== undefined ? { code: extra.code } : {}),
    ...(extra.status !== undefined ? { status: extra.status } : {}),
    stack: error.stack,
  };
}

export type { Logger };
