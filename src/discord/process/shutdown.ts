import { errorInfo, type Logger } from "../../runtime/logger.js";

/** Something to close once the bot has stopped: a database, a file watcher. */
export type Closer = () => void | Promise<void>;

/** Runs every closer in order; one that fails is logged and does not keep the others from running. */
export async function runClosers(closers: readonly Closer[], logger: Logger): Promise<void> {
  for (const close of closers) {
    try {
      await close();
    } catch (error) {
      logger.error({ err: errorInfo(error) }, "could not close cleanly");
    }
  }
}
