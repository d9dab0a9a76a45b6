import { fileURLToPath } from "node:url";
import { endQuietlyOnClosedPipe } from "./cli/closedPipe.js";
import { parseCommandLine } from "./cli/commandLine.js";
import type { Closer } from "./discord/process/shutdown.js";
import { requireNodeVersion } from "./runtime/nodeVersion.js";

const USAGE = `Usage: npm start                (compiled when npm install built it, else the sources through tsx)
       npm run start:prod       (the compiled bot on plain node, after npm run build)

With DISCORD_TOKEN set (in .env or the environment) it is the Discord bot, until SIGINT or
SIGTERM. Without it, the local console: type a question, help or quit; piped input is answered
line by line. All settings come from the environment and .env (see README).

  -h, --help   this text`;

// First, before the rest loads: an old Node.js could fail on it in ways that do not say why (a
// native module built for another version, a missing API), and `--help` needs none of it.
requireNodeVersion();
parseCommandLine({ usage: USAGE, options: {}, allowPositionals: false });
endQuietlyOnClosedPipe();

const [{ configOrExit }, { loadKnowledgeOrExit, startRuntime }] = await Promise.all([
  import("./runtime/configOrExit.js"),
  import("./runtime/startup.js"),
]);

/**
 * What the bot closes after it has stopped, in order: the analytics store (SQLite) closes here, so
 * a SIGTERM never leaves the database mid-write.
 */
const ON_SHUTDOWN: Closer[] = [];

const config = configOrExit();
const token = config.DISCORD_TOKEN;
if (token !== undefined && config.SHARDS !== "off") {
  // This process only manages; each shard process runs this same file, where SHARDS is the shard's
  // own (see config.ts). It refuses a broken knowledge file once, here, but keeps no knowledge and
  // trains no ranker: every shard has its own.
  await loadKnowledgeOrExit(config);
  const { runShards } = await import("./discord/process/shards.js");
  await runShards({ config }, token, { script: fileURLToPath(import.meta.url) });
} else {
  // The console's modules load while the knowledge does (the loader works on its own thread).
  const consoleModule = token === undefined ? import("./console/console.js") : undefined;
  // Awaited below; a failure must not count as unhandled meanwhile.
  consoleModule?.catch(() => undefined);
  const runtime = await startRuntime();
  if (token === undefined) {
    // The console does not pay for discord.js.
    const { runConsole } = await consoleModule!;
    const end = await runConsole(
      runtime.answerer,
      runtime.logger,
      { file: config.KNOWLEDGE_FILE, maxBytes: config.KNOWLEDGE_MAX_BYTES },
      runtime.learned,
    );
    // Ctrl-C: 130, as a shell reports a command it interrupted; at once, not after the ranker's training.
    if (end === "interrupted") process.exit(130);
  } else {
    const { COMMANDS } = await import("../commands/index.js");
    const { runBot } = await import("./discord/process/runBot.js");
    const { openBotAnalytics } = await import("./discord/process/openBotAnalytics.js");
    // Opened here, in each bot (or shard) process, never in the shard manager; the migration runs now.
    const analytics = openBotAnalytics(runtime);
    ON_SHUTDOWN.push(() => analytics.close());
    await runBot(runtime, token, { commands: COMMANDS, onShutdown: ON_SHUTDOWN, analytics });
  }
}
