import type { DestinationStream } from "pino";

const LEVELS: Readonly<Record<number, string>> = { 10: "TRACE", 20: "DEBUG", 30: "INFO", 40: "WARN", 50: "ERROR", 60: "FATAL" };
/** In every line, or shown at its head: not repeated among the fields. */
const HEAD = new Set(["level", "time", "pid", "hostname", "name", "msg"]);

/**
 * A pino JSON line as a person at a terminal reads it, on one line:
 * `14:02:31 INFO  connected to Discord user=Talks#0001 guilds=3`. An error's stack follows,
 * indented. A line that is not pino's JSON passes unchanged.
 */
export function prettyLine(json: string): string {
  let record: Record<string, unknown>;
  try {
    record = JSON.parse(json) as Record<string, unknown>;
  } catch {
    return json;
  }
  if (typeof record !== "object" || record === null) return json;
  const time = typeof record["time"] === "number" ? new Date(record["time"]).toTimeString().slice(0, 8) : "";
  const level = (LEVELS[record["level"] as number] ?? String(record["level"])).padEnd(5);
  const fields: string[] = [];
  const stacks: string[] = [];
  for (const [key, value] of Object.entries(record)) {
    if (HEAD.has(key)) continue;
    const stack = (value as { stack?: unknown } | null)?.stack;
    if (typeof stack === "string") {
      const message = (value as { message?: unknown }).message;
      fields.push(`${key}=${show(typeof message === "string" ? message : "")}`);
      stacks.push(stack.replace(/^/gm, "    "));
    } else {
      fields.push(`${key}=${show(value)}`);
    }
  }
  const msg = typeof record["msg"] === "string" ? record["msg"] : "";
  const line = [time, level, msg, ...fields].filter((part) => part !== "").join(" ");
  return `${[line, ...stacks].join("\n")}\n`;
}

/** Where a terminal's log lines go: stderr, each line made readable. */
export function prettyDestination(): DestinationStream {
  return { write: (line: string) => process.stderr.write(prettyLine(line)) };
}

/** A value as `key=value` shows it: plain when that is unambiguous, else as JSON. */
function show(value: unknown): string {
  if (typeof value === "string" && value !== "" && !/[\s"=]/.test(value)) return value;
  return JSON.stringify(value) ?? String(value);
}
