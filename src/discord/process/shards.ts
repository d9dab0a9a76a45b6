import type { ChildProcess } from "node:child_process";
import { once } from "node:events";
import { DiscordAPIError, REST, Routes, ShardingManager, type RESTGetAPIGatewayBotResult, type Shard } from "discord.js";
import { createLogger, errorInfo, redactSecrets, tokenSecrets, type Logger } from "../../runtime/logger.js";
import type { Runtime } from "../../runtime/startup.js";
import { DRAIN_TIMEOUT_MS } from "./startBot.js";

/** A shard that has not said "ready" by then has failed (the manager's own default). */
const SPAWN_TIMEOUT_MS = 30_000;
/** A shard process gets its own drain and a little more to exit after SIGTERM; then it is killed. */
const SHARD_EXIT_TIMEOUT_MS = DRAIN_TIMEOUT_MS + 6000;

export interface ShardsOptions {
  /** The entry point each shard process runs (`src/main.ts`: the same bot, as one shard). */
  readonly script: string;
}

/**
 * `SHARDS=auto|N`: discord.js's ShardingManager runs one process per shard, each the same bot. For
 * `auto` the count comes from Discord's `/gateway/bot`, asked here at the configured API URL (the
 * manager's own `auto` always asks discord.com). SIGINT/SIGTERM stop every shard cleanly first.
 */
export async function runShards({ config }: Pick<Runtime, "config">, token: string, { script }: ShardsOptions): Promise<void> {
  const secrets = tokenSecrets(token);
  const logger = createLogger(config.LOG_LEVEL, "talks-qa", { secrets }).child({ shard: "manager" });

  let total: number;
  try {
    total = config.SHARDS === "auto" ? await recommendedShardCount(config.DISCORD_API_URL, token) : Number(config.SHARDS);
  } catch (error) {
    if (error instanceof DiscordAPIError && error.status === 401) {
      process.stderr.write("Discord rejected the bot token (DISCORD_TOKEN). Copy a fresh one from the Developer Portal.\n");
    } else {
      logger.fatal({ err: errorInfo(error) }, "could not ask Discord for the shard count");
      process.stderr.write(redactSecrets(`Could not ask Discord for the shard count: ${(error as Error).message}\n`, secrets));
    }
    process.exit(1);
  }

  const manager = new ShardingManager(script, {
    totalShards: total,
    token,
    mode: "process",
    // The shard processes need what this one was started with (tsx's loader).
    execArgv: [...process.execArgv],
    respawn: true,
  });
  let stopping = false;
  manager.on("shardCreate", (shard) => {
    logger.info({ id: shard.id, of: total }, "shard process started");
    shard.on("death", (child) =>
      logger.warn({ id: shard.id, exitCode: (child as ChildProcess).exitCode }, "shard process ended"),
    );
    // Spawning goes on in the background; a shard born after the stop signal is stopped at once.
    if (stopping) void stopShard(shard, logger);
  });

  const stop = (signal: NodeJS.Signals): void => {
    if (stopping) return;
    stopping = true;
    manager.respawn = false;
    logger.info({ signal }, "stopping every shard");
    void Promise.all(manager.shards.map((shard) => stopShard(shard, logger))).then(() => process.exit(0));
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);

  try {
    await manager.spawn({ amount: total, timeout: SPAWN_TIMEOUT_MS });
    logger.info({ shards: total }, "every shard is connected");
  } catch (error) {
    if (stopping) return;
    logger.fatal({ err: errorInfo(error) }, "a shard could not start");
    stopping = true;
    manager.respawn = false;
    await Promise.all(manager.shards.map((shard) => stopShard(shard, logger)));
    process.exit(1);
  }
}

/** The shard count Discord recommends for this bot now. */
export async function recommendedShardCount(apiUrl: string, token: string): Promise<number> {
  const rest = new REST({ api: apiUrl }).setToken(token);
  const { shards } = (await rest.get(Routes.gatewayBot())) as RESTGetAPIGatewayBotResult;
  return shards;
}

/** SIGTERM, so the shard finishes its replies; killed if it has not exited in time. */
async function stopShard(shard: Shard, logger: Logger): Promise<void> {
  const child = shard.process;
  if (child === null || child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, "exit");
  child.kill("SIGTERM");
  const timer = setTimeout(() => {
    logger.error({ id: shard.id }, "shard did not stop in time; killing it");
    child.kill("SIGKILL");
  }, SHARD_EXIT_TIMEOUT_MS);
  await exited;
  clearTimeout(timer);
}
