import { mkdtemp, readdir, readFile, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import BetterSqlite3 from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import { MIGRATIONS, migrate } from "../../src/analytics/migrations.js";
import { openAnalytics } from "../../src/runtime/openAnalytics.js";
import { createSqliteAnalytics, DATABASE_FILE } from "../../src/analytics/sqliteStore.js";
import type { AnalyticsStore } from "../../src/analytics/types.js";

const DAY = 24 * 60 * 60 * 1000;
const open: AnalyticsStore[] = [];
afterEach(() => open.splice(0).forEach((store) => store.close()));

async function store(
  options: { days?: number; clock?: { now: Date } } = {},
): Promise<{ store: AnalyticsStore; dataDir: string }> {
  const dataDir = await mkdtemp(join(tmpdir(), "talks-qa-analytics-"));
  const clock = options.clock ?? { now: new Date("2025-06-01T12:00:00Z") };
  const created = createSqliteAnalytics({ dataDir, retentionDays: options.days ?? 90, now: () => clock.now });
  open.push(created);
  return { store: created, dataDir };
}

describe("the analytics database", () => {
  it("GIVEN an empty folder THEN creates the database in WAL mode at the newest schema", async () => {
    const { dataDir } = await store();
    const db = new BetterSqlite3(join(dataDir, DATABASE_FILE), { readonly: true });
    expect(db.pragma("user_version", { simple: true })).toBe(MIGRATIONS.length);
    expect(db.pragma("journal_mode", { simple: true })).toBe("wal");
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().all();
    expect(tables).toEqual(["unanswered", "votes"]);
    db.close();
  });

  it("GIVEN a database at an older schema THEN only the missing steps run, and a newer schema is refused", () => {
    const db = new BetterSqlite3(":memory:");
    const steps = [...MIGRATIONS, "CREATE TABLE later (x INTEGER) STRICT;"];
    expect(migrate(db, MIGRATIONS)).toBe(MIGRATIONS.length);
    db.prepare("INSERT INTO votes VALUES ('k', 'e', 1, 0)").run();
    expect(migrate(db, steps)).toBe(steps.length);
    expect(db.prepare("SELECT COUNT(*) FROM votes").pluck().get()).toBe(1);
    expect(() => migrate(db, MIGRATIONS)).toThrow(/schema version 2, newer than this bot knows \(1\)/);
    db.close();
  });

  it("GIVEN questions and votes older than the retention period THEN opening and purging delete them", async () => {
    const clock = { now: new Date("2025-01-01T00:00:00Z") };
    const { store: analytics, dataDir } = await store({ days: 30, clock });
    analytics.recordUnanswered({ question: "Alt?", status: "no_match", language: "de" });
    analytics.recordVote("user-1", "talks-date", "down");
    clock.now = new Date(clock.now.getTime() + 20 * DAY);
    analytics.recordUnanswered({ question: "Neu?", status: "no_match", language: "de" });
    clock.now = new Date(clock.now.getTime() + 15 * DAY);
    expect(analytics.purge()).toBe(2);
    expect(analytics.topUnanswered(365, 10).map((g) => g.example)).toEqual(["Neu?"]);
    expect(analytics.feedbackByEntry()).toEqual([]);
    analytics.close();
    open.length = 0;
    clock.now = new Date(clock.now.getTime() + 30 * DAY);
    const reopened = createSqliteAnalytics({ dataDir, retentionDays: 30, now: () => clock.now });
    open.push(reopened);
    expect(reopened.topUnanswered(365, 10)).toEqual([]);
  });
});

describe("unanswered questions", () => {
  it("GIVEN similar questions THEN groups them with a count and the most asked wording, biggest group first", async () => {
    const { store: analytics } = await store();
    const ask = (question: string, language: "de" | "en" = "de"): void => {
      analytics.recordUnanswered({ question, status: "no_match", language });
    };
    ask("Wo finden die Gespräche statt?");
    ask("wo finden die gespräche statt");
    ask("Wo finden die Gespräche statt?");
    ask("Wo genau finden die Gespräche statt?");
    ask("Who won the match?", "en");
    ask("Who won the match yesterday?", "en");
    ask("Was kostet ein Flug nach Genf?");
    const groups = analytics.topUnanswered(7, 10);
    expect(groups.map((g) => [g.count, g.example, g.language])).toEqual([
      [4, "Wo finden die Gespräche statt?", "de"],
      [2, "Who won the match?", "en"],
      [1, "Was kostet ein Flug nach Genf?", "de"],
    ]);
    expect(groups[0]?.examples).toEqual(["Wo finden die Gespräche statt?", "Wo genau finden die Gespräche statt?"]);
    expect(analytics.topUnanswered(7, 1)).toHaveLength(1);
  });

  it("GIVEN an ambiguous question someone resolved by picking a suggestion THEN it no longer counts, and the last N days only", async () => {
    const clock = { now: new Date("2025-06-01T12:00:00Z") };
    const { store: analytics } = await store({ clock });
    const ref = analytics.recordUnanswered({ question: "Treffen?", status: "ambiguous", language: "de" });
    const noMatch = analytics.recordUnanswered({ question: "Wetter?", status: "no_match", language: "de" });
    expect(ref).toMatch(/^\d+$/);
    expect(analytics.resolveAmbiguous(ref!, "talks-date")).toBe(true);
    expect(analytics.resolveAmbiguous(ref!, "talks-date")).toBe(false);
    expect(analytics.resolveAmbiguous(noMatch!, "talks-date")).toBe(false);
    expect(analytics.resolveAmbiguous("not-a-ref", "talks-date")).toBe(false);
    expect(analytics.topUnanswered(7, 10).map((g) => g.example)).toEqual(["Wetter?"]);
    clock.now = new Date(clock.now.getTime() + 8 * DAY);
    expect(analytics.topUnanswered(7, 10)).toEqual([]);
  });

  it("GIVEN who asked THEN nothing about the person is stored: the table has no such column", async () => {
    const { dataDir } = await store();
    const db = new BetterSqlite3(join(dataDir, DATABASE_FILE), { readonly: true });
    const columns = db.prepare("SELECT name FROM pragma_table_info('unanswered')").pluck().all();
    expect(columns).toEqual(["id", "question", "language", "status", "asked_at", "resolved_entry", "resolved_at"]);
    db.close();
  });
});

describe("votes", () => {
  it("GIVEN one person voting twice on an entry THEN one vote counts, a changed vote replaces it", async () => {
    const { store: analytics } = await store();
    expect(analytics.recordVote("user-1", "talks-date", "up")).toBe("recorded");
    expect(analytics.recordVote("user-1", "talks-date", "up")).toBe("unchanged");
    expect(analytics.recordVote("user-1", "talks-date", "down")).toBe("changed");
    expect(analytics.recordVote("user-2", "talks-date", "down")).toBe("recorded");
    expect(analytics.recordVote("user-1", "speaker-quote", "up")).toBe("recorded");
    expect(analytics.feedbackByEntry()).toEqual([
      { entryId: "talks-date", up: 0, down: 2 },
      { entryId: "speaker-quote", up: 1, down: 0 },
    ]);
  });

  it("GIVEN votes THEN the database holds keyed hashes, never the user id, and the key stays in the data folder", async () => {
    const { store: analytics, dataDir } = await store();
    analytics.recordVote("123456789012345678", "talks-date", "up");
    analytics.close();
    open.length = 0;
    const db = new BetterSqlite3(join(dataDir, DATABASE_FILE), { readonly: true });
    const keys = db.prepare("SELECT voter_key FROM votes").pluck().all() as string[];
    db.close();
    expect(keys).toHaveLength(1);
    expect(keys[0]).toMatch(/^[0-9a-f]{64}$/);
    const files = await readdir(dataDir);
    for (const file of files.filter((name) => name.startsWith(DATABASE_FILE))) {
      expect((await readFile(join(dataDir, file))).includes("123456789012345678")).toBe(false);
    }
    expect(((await stat(join(dataDir, "analytics.key"))).mode & 0o777).toString(8)).toBe("600");
  });
});

describe("several processes", () => {
  it("GIVEN two stores on one data folder (two shards) THEN both write, both read it all, and one person still has one vote", async () => {
    const { store: first, dataDir } = await store();
    const second = createSqliteAnalytics({ dataDir, retentionDays: 90, now: () => new Date("2025-06-01T12:00:00Z") });
    open.push(second);
    first.recordUnanswered({ question: "Wetter?", status: "no_match", language: "de" });
    second.recordUnanswered({ question: "Wetter?", status: "no_match", language: "de" });
    expect(first.recordVote("user-1", "talks-date", "up")).toBe("recorded");
    expect(second.recordVote("user-1", "talks-date", "up")).toBe("unchanged");
    expect(second.topUnanswered(7, 10).map((g) => g.count)).toEqual([2]);
    expect(first.feedbackByEntry()).toEqual([{ entryId: "talks-date", up: 1, down: 0 }]);
  });
});

describe("ANALYTICS=off", () => {
  it("GIVEN analytics switched off THEN the same calls store nothing and create no file", async () => {
    const dataDir = join(await mkdtemp(join(tmpdir(), "talks-qa-off-")), "data");
    const analytics = openAnalytics({ ANALYTICS: "off", DATA_DIR: dataDir, ANALYTICS_RETENTION_DAYS: 90 });
    expect(analytics.enabled).toBe(false);
    expect(analytics.recordUnanswered({ question: "Wetter?", status: "no_match", language: "de" })).toBeUndefined();
    expect(analytics.recordVote("user-1", "talks-date", "up")).toBe("off");
    expect(analytics.topUnanswered(7, 10)).toEqual([]);
    expect(analytics.feedbackByEntry()).toEqual([]);
    analytics.close();
    await expect(stat(dataDir)).rejects.toThrow(/ENOENT/);
  });
});
