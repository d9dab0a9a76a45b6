import { config as loadDotenv } from "dotenv";
import { z } from "zod";

const LOG_LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const;

/** Empty strings count as unset: `.env.example` leaves optional values blank. */
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (typeof value === "string" && value.trim() === "" ? undefined : value), schema.optional());

const envSchema = z.object({
  DISCORD_TOKEN: optional(z.string().trim().min(50, "does not look like a Discord bot token")),
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
    const lines = result.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration:\n  ${lines.join("\n  ")}`);
  }
  const config = Object.freeze(result.data);
  if (env === process.env) cached = config;
  return config;
}
