import type { Database } from "better-sqlite3";

/**
 * The schema, one step per release that changes it; `PRAGMA user_version` says how many steps a
 * database has had. Append new steps, never edit old ones: databases in the field have run them.
 */
export const MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE unanswered (
    id INTEGER PRIMARY KEY,
    question TEXT NOT NULL,
    language TEXT NOT NULL CHECK (language IN ('de', 'en')),
    status TEXT NOT NULL CHECK (status IN ('no_match', 'ambiguous')),
    asked_at INTEGER NOT NULL,
    resolved_entry TEXT,
    resolved_at INTEGER
  ) STRICT;
  CREATE INDEX unanswered_asked_at ON unanswered (asked_at);

  -- voter_key = HMAC(secret, user id + entry id): one row per person and entry, no user id.
  CREATE TABLE votes (
    voter_key TEXT PRIMARY KEY,
    entry_id TEXT NOT NULL,
    vote INTEGER NOT NULL CHECK (vote IN (-1, 1)),
    voted_at INTEGER NOT NULL
  ) STRICT;
  CREATE INDEX votes_entry ON votes (entry_id);
  CREATE INDEX votes_voted_at ON votes (voted_at);
  `,
];

/** Brings the database to the newest schema. Several processes may start at once: BEGIN IMMEDIATE serialises them. */
export function migrate(db: Database, migrations: readonly string[] = MIGRATIONS): number {
  const run = db.transaction(() => {
    const version = db.pragma("user_version", { simple: true }) as number;
    if (version > migrations.length) {
      throw new Error(`the analytics database has schema version ${version}, newer than this bot knows (${migrations.length})`);
    }
    for (const step of migrations.slice(version)) db.exec(step);
    db.pragma(`user_version = ${migrations.length}`);
    return migrations.length;
  });
  return run.immediate();
}
