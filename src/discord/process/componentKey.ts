import { loadSecretKey } from "../../analytics/secretKey.js";

const KEY_FILE = "components.key";

/**
 * The key that signs component ids, in `DATA_DIR/components.key` (0600): made once, shared by every
 * shard process, kept over restarts so that buttons sent before one still work after it.
 */
export function loadComponentKey(dataDir: string): Buffer {
  return loadSecretKey(dataDir, KEY_FILE);
}
