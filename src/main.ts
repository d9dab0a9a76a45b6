import { fileURLToPath } from "node:url";
import { COMMANDS } from "../commands/index.js";
import { runConsole } from "./console/console.js";
import type { Closer } from "./discord/process/shutdown.js";
import { startRuntime } from "./runtime/startup.js";

/**
 * What the bot closes after it has stopped, in order: the analytics store (SQLite) closes here, so
 * a SIGTERM never leaves the database mid-write.
 */
const ON_SHUTDOWN: Closer[] = [];

const runtime = await startRuntime();
const token = runtime.config.DISCORD_TOKEN;
if (token === undefined) {
  await runConsole(
    runtime.answerer,
    runtime.logger,
    { file: runtime.config.KNOWLEDGE_FILE, maxBytes: runtime.config.KNOWLEDGE_MAX_BYTES },
    runtime.learned,
  );
} else if (runtime.config.SHARDS !== "off") {
  // Loaded only when needed: the console should not pay for discord.js. This process only manages;
  // each shard process runs this same file, where SHARDS is the shard's own (see config.ts).
  const { runShards } = await import("./discord/process/shards.js");
  await runShards(runtime, token, { script: fileURLToPath(import.meta.url) });
} else {
  const { runBot } = await import("./discord/process/runBot.js");
  const { openBotAnalytics } = await import("./discord/process/openBotAnalytics.js");
  // Opened here, in each bot (or shard) process, never in the shard manager; the migration runs now.
  const analytics = openBotAnalytics(runtime);
  ON_SHUTDOWN.push(() => analytics.close());
  await runBot(runtime, token, { commands: COMMANDS, onShutdown: ON_SHUTDOWN, analytics });
}
