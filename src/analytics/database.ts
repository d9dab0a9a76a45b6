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
    switchToWal(db);
    // Losing the last few votes in a power cut is acceptable; a corrupt file is not (WAL prevents that).
    db.pragma("synchronous = NORMAL");
    migrate(db);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/**
 * Switching a new database to WAL needs it to itself for a moment, and SQLite does not wait for
 * that (no busy handler): two processes opening a new database at once (shards starting
 * together) would otherwise fail with SQLITE_BUSY. Retried, for as long as any write would wait.
 */
function switchToWal(db: Database): void {
  const deadline = Date.now() + BUSY_TIMEOUT_MS;
  for (;;) {
    try {
      db.pragma("journal_mode = WAL");
      return;
    } catch (error) {
      if ((error as { code?: unknown }).code !== "SQLITE_BUSY" || Date.now() >= deadline) throw error;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 5);
    }
  }
}
