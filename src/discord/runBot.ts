import { DiscordjsErrorCodes } from "discord.js";
import type { Runtime } from "../cli/startup.js";
import { errorInfo } from "./errorInfo.js";
import { startBot, type Bot } from "./startBot.js";

/** If the client does not close in time, the process exits anyway: a stop signal must stop it. */
const STOP_TIMEOUT_MS = 5000;

/**
 * `npm start` with a token: the bot for as long as the process lives. A rejected token ends it with
 * exit 1 and a message that says so (the token itself is never printed); SIGINT/SIGTERM end it with 0.
 */
export async function runBot(runtime: Runtime, token: string): Promise<void> {
  const { config, logger } = runtime;
  let bot: Bot | undefined;
  // Installed before connecting: a stop signal during login must end the process too.
  const stop = (signal: NodeJS.Signals): void => {
    logger.info({ signal }, "stopping");
    setTimeout(() => process.exit(0), STOP_TIMEOUT_MS).unref();
    if (bot === undefined) process.exit(0);
    void bot.stop().finally(() => process.exit(0));
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);

  try {
    bot = await startBot({ token, config, logger, answerer: () => runtime.answerer });
  } catch (error) {
    if (isTokenRejected(error)) {
      process.stderr.write(
        "Discord rejected the bot token (DISCORD_TOKEN). Copy a fresh one from the Developer Portal (Bot → Reset Token) into .env.\n",
      );
    } else {
      logger.fatal({ err: errorInfo(error) }, "could not connect to Discord");
      process.stderr.write(`Could not connect to Discord (${config.DISCORD_API_URL}): ${(error as Error).message}\n`);
    }
    process.exit(1);
  }
  // One bad event must not take the bot down; it is logged and the bot carries on.
  process.on("unhandledRejection", (reason) => logger.error({ err: errorInfo(reason) }, "unhandled rejection"));
}

function isTokenRejected(error: unknown): boolean {
  return error instanceof Error && (error as Error & { code?: unknown }).code === DiscordjsErrorCodes.TokenInvalid;
}
