import { DiscordjsErrorCodes } from "discord.js";
import type { AnalyticsStore } from "../../analytics/types.js";
import { createLogger, errorInfo, redactSecrets, tokenSecrets, type Logger } from "../../runtime/logger.js";
import type { Runtime } from "../../runtime/startup.js";
import type { Command } from "../interactions/command.js";
import { loadComponentKey } from "./componentKey.js";
import { runClosers, type Closer } from "./shutdown.js";
import { DRAIN_TIMEOUT_MS, startBot, type Bot } from "./startBot.js";

/** Past the drain, closing the connection and the closers get this long; then the process ends anyway. */
const HARD_STOP_MS = DRAIN_TIMEOUT_MS + 5000;

export interface RunBotOptions {
  /** The slash commands the bot answers (`COMMANDS`). */
  readonly commands: readonly Command[];
  /** Run in order once the bot has stopped, on SIGINT/SIGTERM (the analytics store closes here). */
  readonly onShutdown?: readonly Closer[];
  /** Where unanswered questions and votes go; opened by the entry point, which also closes it. */
  readonly analytics?: AnalyticsStore;
}

/**
 * `npm start` with a token: the bot for as long as the process lives. A rejected token ends it with
 * exit 1 and a message that says so (the token itself is never printed). SIGINT/SIGTERM stop it
 * cleanly: no new questions, the replies in flight finish (at most 5 s), the connection closes, the
 * closers run, exit 0. Further signals change nothing (Ctrl-C reaches a shard process twice: from
 * the terminal and from its manager); the process ends within HARD_STOP_MS whatever happens.
 */
export async function runBot(
  runtime: Runtime,
  token: string,
  { commands, onShutdown = [], analytics }: RunBotOptions,
): Promise<void> {
  const { config } = runtime;
  const secrets = tokenSecrets(token);
  // The bot's own logger: every line it writes passes a filter that takes the token out, whatever
  // error or message carried it there (Discord may echo a request back in an error).
  const logger = createLogger(config.LOG_LEVEL, "talks-qa", { secrets });
  guardProcess(logger);

  let bot: Bot | undefined;
  let stopping = false;
  // Installed before connecting: a stop signal during login must end the process too.
  const stop = (signal: NodeJS.Signals): void => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, "stopping: no new questions, finishing the replies in flight");
    setTimeout(() => {
      logger.error({ ms: HARD_STOP_MS }, "could not stop in time; exiting anyway");
      process.exit(1);
    }, HARD_STOP_MS).unref();
    void (bot?.stop() ?? Promise.resolve())
      .catch((error: unknown) => logger.error({ err: errorInfo(error) }, "error while stopping"))
      .then(() => runClosers(onShutdown, logger))
      .then(() => {
        logger.info("stopped");
        process.exit(0);
      });
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);

  let componentKey: Buffer;
  try {
    componentKey = loadComponentKey(config.DATA_DIR);
  } catch (error) {
    process.stderr.write(
      `Could not create or read the component key in DATA_DIR (${config.DATA_DIR}): ${(error as Error).message}\nDATA_DIR must be writable by the bot.\n`,
    );
    process.exit(1);
  }

  try {
    // `knowledge: config`: the bot follows KNOWLEDGE_FILE live, and /kb may change it.
    bot = await startBot({
      componentKey,
      token,
      config,
      logger,
      answerer: () => runtime.answerer,
      learned: runtime.learned,
      commands,
      knowledge: config,
      ...(analytics && { analytics }),
    });
  } catch (error) {
    if (isTokenRejected(error)) {
      process.stderr.write(
        "Discord rejected the bot token (DISCORD_TOKEN). Copy a fresh one from the Developer Portal (Bot → Reset Token) into .env.\n",
      );
    } else {
      logger.fatal({ err: errorInfo(error) }, "could not connect to Discord");
      const message = `Could not connect to Discord (${config.DISCORD_API_URL}): ${(error as Error).message}\n`;
      process.stderr.write(redactSecrets(message, secrets));
    }
    process.exit(1);
  }
}

/**
 * One bad event must not take the bot down: a stray rejection is logged and the bot carries on. An
 * uncaught exception leaves the process in an unknown state, so it ends it, but through the logger:
 * Node's own crash output would print the error unfiltered, token and all.
 */
function guardProcess(logger: Logger): void {
  process.on("unhandledRejection", (reason) => logger.error({ err: errorInfo(reason) }, "unhandled rejection"));
  process.on("uncaughtException", (error) => {
    logger.fatal({ err: errorInfo(error) }, "crashed");
    process.exit(1);
  });
}

function isTokenRejected(error: unknown): boolean {
  return error instanceof Error && (error as Error & { code?: unknown }).code === DiscordjsErrorCodes.TokenInvalid;
}
