import { createHmac } from "node:crypto";
import { loadSecretKey } from "./secretKey.js";

const SECRET_FILE = "analytics.key";

/** The key for the vote hashes, created once per data folder and kept there (see loadSecretKey). */
export function loadVoterSecret(dataDir: string): Buffer {
  return loadSecretKey(dataDir, SECRET_FILE);
}

/**
 * One person's key for one entry. Keyed (HMAC), so a user id cannot be recovered by hashing
 * candidate ids; per entry, so one person's votes cannot be linked across entries.
 */
export function voterKey(secret: Buffer, userId: string, entryId: string): string {
  return createHmac("sha256", secret).update(`${userId}\u0000${entryId}`).digest("hex");
}
