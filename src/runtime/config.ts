import { config as loadDotenv } from "dotenv";
import { z } from "zod";
import { DEFAULT_MAX_BYTES } from "../knowledge/readCapped.js";

const LOG_LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const;
const DEFAULT_API_URL = "https://discord.com/api";

/** Empty strings count as unset: `.env.example` leaves optional values blank. */
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (typeof value === "string" && value.trim() === "" ? undefined : value), schema.optional());

/** A whole number from the environment, within bounds, with a default. */
const count = (min: number, max: number, fallback: number) =>
  optional(
    z.coerce
      .number({ error: "must be a number" })
      .int("must be a whole number")
      .min(min, `must be at least ${min}`)
      .max(max, `must be at most ${max}`),
  ).transform((value) => value ?? fallback);

// @discordjs/rest appends `/v10/...` to this base, so a base without `/api` (or with the version)
// would send every request to the wrong path; refuse it at start-up instead.
const apiUrl = z
  .url({ protocol: /^https?$/, error: "must be an http(s) URL" })
  .transform((value) => value.replace(/\/+$/, ""))
  .refine((value) => value.endsWith("/api"), "must end in /api (e.g. https://discord.com/api)");

/** `off`, `auto` or a number of shards; one process per shard beyond `off`. */
export type ShardSetting = "off" | "auto" | number;
const MAX_SHARDS = 1000;

const shards = optional(
  z
    .string()
    .trim()
    .toLowerCase()
    .refine(
      (value) =>
        value === "off" || value === "auto" || (/^\d+$/.test(value) && Number(value) >= 1 && Number(value) <= MAX_SHARDS),
      `must be off, auto or a number of shards from 1 to ${MAX_SHARDS}`,
    ),
).transform((value): ShardSetting =>
  value === undefined || value === "off" || value === "auto" ? (value ?? "off") : Number(value),
);

const SNOWFLAKE = /^\d{17,20}$/;

/** Comma-separated Discord ids (servers, roles); unset or empty: none. */
const idList = (kind: string) =>
  z
    .string()
    .optional()
    .transform((value) => [
      ...new Set(
        (value ?? "")
          .split(",")
          .map((id) => id.trim())
          .filter((id) => id !== ""),
      ),
    ])
    .refine((ids) => ids.every((id) => SNOWFLAKE.test(id)), `must be ${kind} ids (17 to 20 digits), separated by commas`);

const envSchema = z.object({
  DISCORD_TOKEN: optional(
    z
      .string()
      .trim()
      .min(
        50,
        "does not look like a Discord bot token. Copy the token from the Developer Portal (your application → Bot → Reset Token) into .env, or leave DISCORD_TOKEN empty to use the local console",
      ),
  ),
  DISCORD_API_URL: optional(apiUrl).transform((value) => value ?? DEFAULT_API_URL),
  DISCORD_GUILD_ID: optional(
    z
      .string()
      .trim()
      .regex(/^\d{17,20}$/, "must be a server id (17 to 20 digits)"),
  ),
  COOLDOWN_QUESTIONS: count(1, 1000, 5),
  COOLDOWN_SECONDS: count(1, 3600, 10),
  // Discord's global REST limit is 50 requests a second; answers past it would only queue.
  GLOBAL_QUESTIONS_PER_SECOND: count(1, 10_000, 50),
  KNOWLEDGE_FILE: optional(z.string()).transform((value) => value ?? "knowledge/qa.yaml"),
  KNOWLEDGE_MAX_BYTES: count(1024, 1024 ** 3, DEFAULT_MAX_BYTES),
  LOG_LEVEL: optional(z.enum(LOG_LEVELS)).transform((value) => value ?? "info"),
  SHARDS: shards,
  /** Set ("true") by discord.js's ShardingManager in each shard process it starts. */
  SHARDING_MANAGER: z
    .string()
    .optional()
    .transform((value) => value === "true"),
  /** Folder for the knowledge history and the analytics database. */
  DATA_DIR: optional(z.string()).transform((value) => value ?? "data"),
  /** `off` stores no unanswered questions and no votes at all. */
  ANALYTICS: optional(z.enum(["on", "off"], { error: "must be on or off" })).transform((value) => value ?? "on"),
  ANALYTICS_RETENTION_DAYS: count(1, 3650, 90),
  /** How many previous versions of the knowledge file `kb undo` can go back to. */
  HISTORY_LIMIT: count(1, 1000, 50),
  // The knowledge is shared by every server, so /kb lives only in these and answers only their moderators.
  MODERATION_GUILD_IDS: idList("server"),
  /** Roles that may use /kb besides Manage Server: interactions do not carry Discord's per-command overrides. */
  MODERATOR_ROLE_IDS: idList("role"),
  /** Where a knowledge file with problems is reported; unset: only the log. */
  MOD_LOG_CHANNEL_ID: optional(z.string().trim().regex(SNOWFLAKE, "must be a channel id (17 to 20 digits)")),
});

export type Config = Readonly<z.infer<typeof envSchema>>;

/** Every variable the schema reads, in its order: the README's table and `.env.example` are checked against it. */
export const CONFIG_VARIABLES: readonly (keyof Config)[] = Object.keys(envSchema.shape) as (keyof Config)[];

/** A configuration value that stops start-up; its message names the variable, never a secret. */
export class ConfigError extends Error {
  override readonly name = "ConfigError";
}

let cached: Config | undefined;

/** Reads `.env` (without overriding the real environment) and parses it once. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  if (env === process.env && cached !== undefined) return cached;
  if (env === process.env) loadDotenv({ quiet: true });
  // In a shard process the manager has put the shard's own id into SHARDS, for the discord.js
  // client (which reads SHARDS and SHARD_COUNT itself); it is not our off|auto|N there.
  const ours = env["SHARDING_MANAGER"] === "true" ? { ...env, SHARDS: undefined } : env;
  const result = envSchema.safeParse(ours);
  if (!result.success) {
    // Only the variable and the rule: zod's own text could quote the value, and the value may be the token.
    const lines = result.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration:\n  ${lines.join("\n  ")}`);
  }
  const config = Object.freeze(result.data);
  if (env === process.env) cached = config;
  return config;
}
