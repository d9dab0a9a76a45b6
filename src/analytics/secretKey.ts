import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/**
 * A 32-byte secret created once in the data folder and kept there, readable by the bot only
 * (0600): the key of the vote hashes, and the bot's key for signing component ids. Every process
 * that shares the folder shares the key; whoever creates it first wins, the others read that one.
 */
export function loadSecretKey(dataDir: string, fileName: string): Buffer {
  const path = join(dataDir, fileName);
  mkdirSync(dataDir, { recursive: true });
  try {
    writeFileSync(path, randomBytes(32).toString("hex"), { flag: "wx", mode: 0o600 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  }
  const hex = readKey(path);
  if (!/^[0-9a-f]{64}$/.test(hex)) throw new Error(`${path} is not a key (64 hex digits); delete it to make a new one`);
  return Buffer.from(hex, "hex");
}

/** How long a key file that is still being written (empty, or part of the digits) is waited for. */
const KEY_WRITE_WAIT_MS = 1000;

/**
 * The key file's text. The process that created it a moment ago may not have written it yet (shards
 * starting together on a new data folder): while it holds only the start of a key, read it again.
 */
function readKey(path: string): string {
  const deadline = Date.now() + KEY_WRITE_WAIT_MS;
  for (;;) {
    const hex = readFileSync(path, "utf8").trim();
    if (!/^[0-9a-f]{0,63}$/.test(hex) || Date.now() >= deadline) return hex;
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 5);
  }
}
