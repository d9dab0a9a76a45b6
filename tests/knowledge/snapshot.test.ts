import { chmod, mkdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/load.js";
import { loadKnowledgeWithSnapshot } from "../../src/knowledge/snapshot.js";
import { fixtureKnowledgeCopy, realKnowledgeCopy } from "../support/knowledgeCopy.js";

const snapshotOf = (dataDir: string): string => join(dataDir, "knowledge.snapshot");

describe("loadKnowledgeWithSnapshot", () => {
  it("GIVEN no snapshot THEN loads the files and keeps one; the next start takes it, with the same knowledge", async () => {
    const copy = await fixtureKnowledgeCopy();
    const first = await loadKnowledgeWithSnapshot(copy.file, snapshotOf(copy.dataDir));
    expect(first.snapshot).toBe("written");
    const second = await loadKnowledgeWithSnapshot(copy.file, snapshotOf(copy.dataDir));
    expect(second.snapshot).toBe("used");
    expect(second.result).toEqual(await loadKnowledge(copy.file));
  });

  it("GIVEN the knowledge file changed since THEN loads it anew and keeps the new version", async () => {
    const copy = await fixtureKnowledgeCopy();
    await loadKnowledgeWithSnapshot(copy.file, snapshotOf(copy.dataDir));
    await writeFile(copy.file, (await readFile(copy.file, "utf8")).replace("He is glad.", "He is pleased."));
    const changed = await loadKnowledgeWithSnapshot(copy.file, snapshotOf(copy.dataDir));
    expect(changed.snapshot).toBe("written");
    expect(changed.result.ok && changed.result.knowledge.entries[1]!.answer.en).toBe("He is pleased.");
    expect((await loadKnowledgeWithSnapshot(copy.file, snapshotOf(copy.dataDir))).snapshot).toBe("used");
  });

  it("GIVEN the article changed since THEN loads anew (a quote may no longer stand in it)", async () => {
    const copy = await fixtureKnowledgeCopy();
    await loadKnowledgeWithSnapshot(copy.file, snapshotOf(copy.dataDir));
    const article = join(copy.dir, "article.de.txt");
    await writeFile(article, (await readFile(article, "utf8")).replace("10. Januar", "11. Januar"));
    const changed = await loadKnowledgeWithSnapshot(copy.file, snapshotOf(copy.dataDir));
    expect(changed.snapshot).toBe("not kept: the knowledge has problems");
    expect(changed.result.ok).toBe(false);
  });

  it("GIVEN a broken knowledge file and a snapshot of the last good one THEN refuses the file, never falls back", async () => {
    const copy = await fixtureKnowledgeCopy();
    await loadKnowledgeWithSnapshot(copy.file, snapshotOf(copy.dataDir));
    const kept = await stat(snapshotOf(copy.dataDir));
    await writeFile(copy.file, "entries: [");
    const broken = await loadKnowledgeWithSnapshot(copy.file, snapshotOf(copy.dataDir));
    expect(broken.result.ok).toBe(false);
    expect((await stat(snapshotOf(copy.dataDir))).mtimeMs).toBe(kept.mtimeMs);
  });

  it("GIVEN a phrasings file changed, or gone from the folder, THEN loads anew", async () => {
    const copy = await realKnowledgeCopy();
    const phrasings = (id: string) => async (): Promise<readonly string[] | undefined> => {
      const loaded = await loadKnowledgeWithSnapshot(copy.file, snapshotOf(copy.dataDir));
      expect(loaded.snapshot).toBe("written");
      return loaded.result.ok ? loaded.result.knowledge.entries.find((e) => e.id === id)?.phrasings.de : undefined;
    };
    await loadKnowledgeWithSnapshot(copy.file, snapshotOf(copy.dataDir));
    await writeFile(join(copy.dir, "phrasings", "troop-buildup.yaml"), "de: [Wie viele Soldaten stehen an der Grenze?]\n");
    expect(await phrasings("troop-buildup")()).toEqual(["Wie viele Soldaten stehen an der Grenze?"]);
    await rm(join(copy.dir, "phrasings", "troop-buildup.yaml"));
    expect(await phrasings("troop-buildup")()).toEqual([]);
  });

  it("GIVEN another size cap THEN loads anew (the cap decides what may load)", async () => {
    const copy = await fixtureKnowledgeCopy();
    await loadKnowledgeWithSnapshot(copy.file, snapshotOf(copy.dataDir));
    const capped = await loadKnowledgeWithSnapshot(copy.file, snapshotOf(copy.dataDir), { maxBytes: 100 });
    expect(capped.result.ok).toBe(false);
  });

  it("GIVEN something attached THEN the next start gets it back for the same key only, and loses it when a file changes", async () => {
    const copy = await fixtureKnowledgeCopy();
    const first = await loadKnowledgeWithSnapshot(copy.file, snapshotOf(copy.dataDir));
    expect(first.attachment("readings", "code-1")).toBeUndefined();
    expect(await first.attach("readings", "code-1", { words: [["hallo", ["hallo"]]] })).toBe("written");
    const second = await loadKnowledgeWithSnapshot(copy.file, snapshotOf(copy.dataDir));
    expect(second.snapshot).toBe("used");
    expect(second.attachment("readings", "code-1")).toEqual({ words: [["hallo", ["hallo"]]] });
    expect(second.attachment("readings", "code-2")).toBeUndefined();
    await writeFile(copy.file, (await readFile(copy.file, "utf8")).replace("He is glad.", "He is pleased."));
    const changed = await loadKnowledgeWithSnapshot(copy.file, snapshotOf(copy.dataDir));
    expect(changed.attachment("readings", "code-1")).toBeUndefined();
  });

  it("GIVEN a knowledge file with problems THEN nothing can be attached", async () => {
    const copy = await fixtureKnowledgeCopy((text) => text.replace("quote: Bilaterale", "quote: Trilaterale"));
    const loaded = await loadKnowledgeWithSnapshot(copy.file, snapshotOf(copy.dataDir));
    expect(await loaded.attach("readings", "code-1", {})).toMatch(/^not kept: /);
  });

  it("GIVEN a damaged snapshot THEN loads the files and writes a good one", async () => {
    const copy = await fixtureKnowledgeCopy();
    await mkdir(copy.dataDir, { recursive: true });
    await writeFile(snapshotOf(copy.dataDir), "not a snapshot");
    const loaded = await loadKnowledgeWithSnapshot(copy.file, snapshotOf(copy.dataDir));
    expect(loaded.result.ok).toBe(true);
    expect(loaded.snapshot).toBe("written");
  });

  it.skipIf(process.getuid?.() === 0)("GIVEN a data folder it cannot write THEN still loads, and says why nothing was kept", async () => {
    const copy = await fixtureKnowledgeCopy();
    await mkdir(copy.dataDir, { recursive: true });
    await chmod(copy.dataDir, 0o500);
    const loaded = await loadKnowledgeWithSnapshot(copy.file, snapshotOf(copy.dataDir));
    expect(loaded.result.ok).toBe(true);
    expect(loaded.snapshot).toMatch(/^not kept: .*EACCES/);
  });

  it("GIVEN a snapshot path under a file THEN still loads, and says why nothing was kept", async () => {
    const copy = await fixtureKnowledgeCopy();
    const loaded = await loadKnowledgeWithSnapshot(copy.file, join(copy.file, "knowledge.snapshot"));
    expect(loaded.result.ok).toBe(true);
    expect(loaded.snapshot).toMatch(/^not kept: /);
  });
});
