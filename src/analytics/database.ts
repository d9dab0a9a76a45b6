import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import BetterSqlite3, { type Database } from "better-sqlite3";
import { migrate } from "./migrations.js";

/** Several processes (bot shards, the CLI) write; a write waits this long for another's to finish. */
const BUSY_TIMEOUT_MS = 2000;

/** Opens (or creates) the analytics database and brings its schema up to date. */
export function openDatabase(path: string): Database {
  mkdirSync(dirname(path), { recursive: true });
  const db = new BetterSqlite3(path, { timeout: BUSY_TIMEOUT_MS });
  try {
    // WAL: readers never block the writer and the writer never blocks readers.
    db.pragma("journal_mode = WAL");
    // Losing the last few votes in a power cut is acceptable; a corrupt file is not (WAL prevents that).
    db.pragma("synchronous = NORMAL");
    migrate(db);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}
