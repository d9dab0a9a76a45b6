import { readdir, readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../../src/knowledge/load.js";
import { knowledgeHistory } from "../../../src/knowledge/store/store.js";
import { copyEnv, fixtureKnowledgeCopy } from "../../support/knowledgeCopy.js";
import { runCli } from "../../support/spawnCli.js";
import { spawnWorker } from "../../support/spawnWorker.js";

const WRITERS = 10;
const KILLS = 20;
const LANES = 2;

describe("several writers", () => {
  it(`GIVEN ${WRITERS} kb add processes started at the same moment THEN all ${WRITERS} new entries are in the file`, async () => {
    const copy = await fixtureKnowledgeCopy();
    const runs = await Promise.all(
      Array.from({ length: WRITERS }, (_, n) =>
        runCli(
          "src/cli/kb.ts",
          [
            "add",
            "--topic=schedule",
            `--question-de=Parallele Frage ${n}?`,
            `--question-en=Parallel question ${n}?`,
            "--answer-de=Am 10. Januar.",
            "--answer-en=On January 10.",
            "--paragraph=2",
            "--quote=Bilaterale Gespräche sind für den 10. Januar geplant",
          ],
          { env: copyEnv(copy) },
        ),
      ),
    );
    expect(runs.map((run) => run.code)).toEqual(Array.from({ length: WRITERS }, () => 0));
    const loaded = await loadKnowledge(copy.file);
    if (!loaded.ok) throw new Error("the file no longer loads");
    const ids = loaded.knowledge.entries.map((entry) => entry.id);
    for (let n = 0; n < WRITERS; n++) expect(ids).toContain(`parallel-question-${n}`);
    expect(ids).toHaveLength(2 + WRITERS);
    expect(await knowledgeHistory(copy)).toHaveLength(WRITERS);
  }, 60_000);
});

describe("a writer killed mid-write", () => {
  it(`GIVEN ${KILLS} writers killed with SIGKILL at random moments of a write loop THEN the file is always whole: the last write or the one in flight`, async () => {
    const lane = async (): Promise<void> => {
      for (let k = 0; k < KILLS / LANES; k++) {
        const copy = await fixtureKnowledgeCopy();
        const writer = spawnWorker("tests/support/kbWorker.ts", ["write-loop", copy.file, copy.dataDir]);
        await writer.waitFor(/wrote 1\n/);
        await new Promise((resolve) => setTimeout(resolve, Math.random() * 120));
        writer.child.kill("SIGKILL");
        await writer.exited;
        const written = Math.max(...[...writer.output().matchAll(/wrote (\d+)/g)].map((m) => Number(m[1])));
        const loaded = await loadKnowledge(copy.file);
        expect(loaded.ok, await readFile(copy.file, "utf8")).toBe(true);
        if (!loaded.ok) return;
        const added = loaded.knowledge.entries[0]!.questions.de.length - 1;
        expect([written, written + 1]).toContain(added);
        expect((await readdir(copy.dir)).filter((name) => name.endsWith(".yaml") && !name.startsWith("."))).toEqual(["article.yaml", "qa.yaml"]);
      }
    };
    await Promise.all(Array.from({ length: LANES }, lane));
  }, 60_000);
});
