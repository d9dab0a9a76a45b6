import type { Config } from "./config.js";
import { createNoopAnalytics } from "../analytics/noopStore.js";
import { createSqliteAnalytics } from "../analytics/sqliteStore.js";
import type { AnalyticsStore } from "../analytics/types.js";

/** The analytics store the configuration asks for. Throws if the database cannot be opened. */
export function openAnalytics(
  config: Pick<Config, "ANALYTICS" | "DATA_DIR" | "ANALYTICS_RETENTION_DAYS">,
  onError?: (error: unknown) => void,
): AnalyticsStore {
  if (config.ANALYTICS === "off") return createNoopAnalytics();
  return createSqliteAnalytics({ dataDir: config.DATA_DIR, retentionDays: config.ANALYTICS_RETENTION_DAYS, onError });
}
