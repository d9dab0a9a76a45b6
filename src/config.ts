import { config as loadDotenv } from "dotenv";
import { z } from "zod";

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

const envSchema = z.object({
  DISCORD_TOKEN: optional(z.string().trim().min(50, "does not look like a Discord bot token")),
  DISCORD_API_URL: optional(apiUrl).transform((value) => value ?? DEFAULT_API_URL),
  DISCORD_GUILD_ID: optional(
    z
      .string()
      .trim()
      .regex(/^\d{17,20}$/, "must be a server id (17 to 20 digits)"),
  ),
  COOLDOWN_QUESTIONS: count(1, 1000, 5),
  COOLDOWN_SECONDS: count(1, 3600, 10),
  KNOWLEDGE_FILE: optional(z.string()).transform((value) => value ?? "knowledge/qa.yaml"),
  LOG_LEVEL: optional(z.enum(LOG_LEVELS)).transform((value) => value ?? "info"),
});

export type Config = Readonly<z.infer<typeof envSchema>>;

/** A configuration value that stops start-up; its message names the variable, never a secret. */
export class ConfigError extends Error {
  override readonly name = "ConfigError";
}

let cached: Config | undefined;

/** Reads `.env` (without overriding the real environment) and parses it once. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  if (env === process.env && cached !== undefined) return cached;
  if (env === process.env) loadDotenv({ quiet: true });
  const result = envSchema.safeParse(env);
  if (!result.success) {
    // Only the variable and the rule: zod's own text could quote the value, and the value may be the token.
    const lines = result.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration:\n  ${lines.join("\n  ")}`);
  }
  const config = Object.freeze(result.data);
  if (env === process.env) cached = config;
  return config;
}
