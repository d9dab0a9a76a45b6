import { openAnalytics } from "../../runtime/openAnalytics.js";
import type { AnalyticsStore } from "../../analytics/types.js";
import { errorInfo } from "../../runtime/logger.js";
import type { Runtime } from "../../runtime/startup.js";

/**
 * The analytics store of a bot process, opened (and its schema migrated) before connecting; with
 * `ANALYTICS=off` a store that keeps nothing. A database that cannot be opened stops start-up
 * with exit 1 and says how to run without it.
 */
export function openBotAnalytics({ config, logger }: Runtime): AnalyticsStore {
  try {
    return openAnalytics(config, (error) => logger.warn({ err: errorInfo(error) }, "analytics: the database refused a write"));
  } catch (error) {
    process.stderr.write(
      `Could not open the analytics database in DATA_DIR (${config.DATA_DIR}): ${(error as Error).message}\nFix the folder, or set ANALYTICS=off to run without storing unanswered questions and votes.\n`,
    );
    process.exit(1);
  }
}
