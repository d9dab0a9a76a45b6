import type { z } from "zod";
import { formatPath, type Problem } from "./problems.js";
import { parseYamlSource, type YamlSource } from "./yamlSource.js";

export interface Validated<T> {
  readonly data?: T;
  readonly source: YamlSource;
  readonly problems: readonly Problem[];
}

/** YAML text → data checked by a zod schema; every problem located by file, line, entry and field. */
export function validateYaml<T>(text: string, file: string, schema: z.ZodType<T>): Validated<T> {
  const source = parseYamlSource(text, file);
  if (source.problems.length > 0) return { source, problems: source.problems };
  const result = schema.safeParse(source.value, { error: readableIssue });
  if (result.success) return { data: result.data, source, problems: [] };
  const problems = result.error.issues.map((issue) => locate(issue.path, issue.message, source, file));
  return { source, problems };
}

/** Moderators read these: "missing" and "must be a number, not text" beat zod's defaults. */
function readableIssue(issue: z.core.$ZodRawIssue): string | undefined {
  if (issue.code === "invalid_type") {
    if (issue.input === undefined) return "missing";
    return `must be ${issue.expected}, not ${describe(issue.input)}`;
  }
  if (issue.code === "unrecognized_keys") return `unknown field${issue.keys.length > 1 ? "s" : ""} ${issue.keys.map((k) => `"${k}"`).join(", ")}`;
  return undefined;
}

function describe(value: unknown): string {
  if (value === null) return "empty";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a mapping";
  if (typeof value === "string") return `text "${value.length > 30 ? `${value.slice(0, 30)}…` : value}"`;
  return `${typeof value} ${String(value)}`;
}

/** Places a path inside the file: `entries[3].citations[0]` becomes entry "<id>" `citations[0]`. */
export function locate(path: readonly PropertyKey[], message: string, source: YamlSource, file: string): Problem {
  const line = source.lineOf(path);
  if (path[0] === "entries" && typeof path[1] === "number") {
    const entryId = entryIdAt(source.value, path[1]);
    const field = formatPath(path.slice(2));
    return { severity: "error", file, line, entryId: entryId ?? `#${path[1] + 1}`, field, message };
  }
  return { severity: "error", file, line, field: formatPath(path), message };
}

function entryIdAt(value: unknown, index: number): string | undefined {
  if (typeof value !== "object" || value === null) return undefined;
  const entries = (value as { entries?: unknown }).entries;
  if (!Array.isArray(entries)) return undefined;
  const entry: unknown = entries[index];
  if (typeof entry !== "object" || entry === null) return undefined;
  const id = (entry as { id?: unknown }).id;
  return typeof id === "string" ? id : undefined;
}
