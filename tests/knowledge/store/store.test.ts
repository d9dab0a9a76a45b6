import { readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { formatProblem } from "../../../src/knowledge/problems.js";
import type { KnowledgeEdit } from "../../../src/knowledge/store/edits.js";
import { withFileLock } from "../../../src/knowledge/store/lock.js";
import { refusalErrors, refusalLines } from "../../../src/knowledge/store/refusalLines.js";
import { changeKnowledge, knowledgeHistory, undoLastChange, type KnowledgeStoreOptions } from "../../../src/knowledge/store/store.js";
import { fixtureKnowledgeCopy, realKnowledgeCopy, type KnowledgeCopy } from "../../support/knowledgeCopy.js";
import { spawnWorker } from "../../support/spawnWorker.js";

const optionsFor = (copy: KnowledgeCopy, historyLimit = 50): KnowledgeStoreOptions => ({
  file: copy.file,
  dataDir: copy.dataDir,
  historyLimit,
});

const addQuestion = (question: string): KnowledgeEdit => ({ kind: "add-question", id: "talks-date", language: "de", question });

describe("changeKnowledge", () => {
  it("GIVEN an edit that breaks a rule THEN refuses with the rule named and leaves the file byte for byte and records nothing", async () => {
    const copy = await fixtureKnowledgeCopy();
    const before = await readFile(copy.file);
    const outcome = await changeKnowledge(
      optionsFor(copy),
      { kind: "edit", id: "talks-date", fields: { citations: [{ paragraph: 2, quote: "Trilaterale Gespräche" }] } },
      "test:a",
    );
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.problems.map(formatProblem)).toEqual(['qa.yaml, in the proposed entry "talks-date" citations[0].quote: not found in ¶2']);
    expect((await readFile(copy.file)).equals(before)).toBe(true);
    expect(await knowledgeHistory(copy)).toEqual([]);
  });

  it("GIVEN a valid edit THEN writes it, keeps the comments and records who, when and a short diff", async () => {
    const copy = await fixtureKnowledgeCopy();
    const now = new Date("2025-03-01T10:00:00Z");
    const outcome = await changeKnowledge({ ...optionsFor(copy), now: () => now }, addQuestion("Wann ist das Treffen?"), "cli:alice");
    expect(outcome).toMatchObject({ ok: true, changed: true, entryId: "talks-date" });
    const text = await readFile(copy.file, "utf8");
    expect(text).toContain("de: [Wann finden die Gespräche statt?, Wann ist das Treffen?]");
    expect(text.startsWith("# A tiny valid knowledge file; tests derive broken variants from it.\n")).toBe(true);
    const [record] = await knowledgeHistory(copy);
    expect(record).toMatchObject({ seq: 1, at: "2025-03-01T10:00:00.000Z", author: "cli:alice", action: 'added a question (de) to entry "talks-date"' });
    expect(record?.diff).toBe(
      "@@ line 11\n-      de: [Wann finden die Gespräche statt?]\n+      de: [Wann finden die Gespräche statt?, Wann ist das Treffen?]",
    );
  });

  it("GIVEN more changes than the history limit THEN keeps only the newest versions", async () => {
    const copy = await fixtureKnowledgeCopy();
    for (let n = 1; n <= 5; n++) expect((await changeKnowledge(optionsFor(copy, 3), addQuestion(`Frage ${n}?`), "t")).ok).toBe(true);
    expect((await knowledgeHistory(copy)).map((r) => r.seq)).toEqual([5, 4, 3]);
    expect((await readdir(join(copy.dataDir, "history"))).sort()).toEqual([
      "000003.json",
      "000003.yaml",
      "000004.json",
      "000004.yaml",
      "000005.json",
      "000005.yaml",
    ]);
  });

  it("GIVEN temporary files a killed writer left THEN the next write removes them", async () => {
    const copy = await fixtureKnowledgeCopy();
    await writeFile(join(copy.dir, ".qa.yaml.999.dead.tmp"), "half a fi");
    expect((await changeKnowledge(optionsFor(copy), addQuestion("Wann genau?"), "t")).ok).toBe(true);
    expect((await readdir(copy.dir)).filter((name) => name.endsWith(".tmp"))).toEqual([]);
  });
});

describe("what a change is told", () => {
  const STANDING_WARNING = (text: string): string =>
    text.replace('quote: "„Wir freuen uns“, sagte der Sprecher."', "quote: Bilaterale Gespräche sind für den 10. Januar geplant");

  it("GIVEN a file with a standing warning THEN a refusal names only the change's problems, and a saved change only the warnings it brought", async () => {
    const copy = await fixtureKnowledgeCopy(STANDING_WARNING);
    const refused = await changeKnowledge(optionsFor(copy), addQuestion("Was sagte der Sprecher?"), "t");
    expect(refused.ok ? [] : refusalLines(refused)).toEqual([
      'qa.yaml:23 entry "speaker-quote" questions.de[0]: question also listed under entry "talks-date"',
    ]);
    expect(await changeKnowledge(optionsFor(copy), addQuestion("Wann ist das?"), "t")).toMatchObject({ ok: true, warnings: [] });
    const added = await changeKnowledge(
      optionsFor(copy),
      {
        kind: "add",
        fields: {
          topic: "schedule",
          questions: { de: ["Was ist geplant?"], en: ["What is planned?"] },
          answer: { de: "Gespräche am 10. Januar.", en: "Talks on January 10." },
          citations: [{ paragraph: 3, quote: "Bilaterale Gespräche sind für den 10. Januar geplant" }],
        },
      },
      "t",
    );
    expect(added.ok ? added.warnings.map(formatProblem) : added.problems.map(formatProblem)).toEqual([
      'warning: qa.yaml:41 entry "what-is-planned" citations[0].quote: also stands in the earlier ¶2',
    ]);
    expect((await readFile(copy.file, "utf8")).split("\n")[40]).toContain("quote: Bilaterale Gespräche sind für den 10. Januar geplant");
  });

  it("GIVEN a change whose problem stands on a line it did not write THEN that line's number in the file on disk", async () => {
    const copy = await realKnowledgeCopy();
    const before = await readFile(copy.file, "utf8");
    const outcome = await changeKnowledge(
      optionsFor(copy),
      { kind: "add-question", id: "bot-purpose", language: "de", question: "Welcher Artikel ist das?" },
      "t",
    );
    const line = before.split("\n").indexOf("        - Welcher Artikel ist das?") + 1;
    expect(line).toBeGreaterThan(0);
    expect(outcome.ok ? [] : refusalLines(outcome)).toEqual([
      `qa.yaml:${line} entry "article-headline" questions.de[0]: question also listed under entry "bot-purpose"`,
    ]);
  });

  it("GIVEN a file that already has an error THEN any change is refused: its own problems first, then the file's under their own heading", async () => {
    const copy = await fixtureKnowledgeCopy((text) =>
      text.replace("topic: schedule\n    questions:\n      de: [Was", "topic: nope\n    questions:\n      de: [Was"),
    );
    const fine = await changeKnowledge(optionsFor(copy), addQuestion("Wann ist das?"), "t");
    expect(fine.ok ? [] : refusalLines(fine)).toEqual([
      "The file already had this problem before the change; no change can be saved until it is fixed:",
      'qa.yaml:21 entry "speaker-quote" topic: unknown topic "nope" (known: schedule)',
    ]);
    const broken = await changeKnowledge(optionsFor(copy), addQuestion("Was sagte der Sprecher?"), "t");
    expect(broken.ok ? [] : refusalLines(broken)).toEqual([
      'qa.yaml:23 entry "speaker-quote" questions.de[0]: question also listed under entry "talks-date"',
      "The file already had this problem before the change; no change can be saved until it is fixed:",
      'qa.yaml:21 entry "speaker-quote" topic: unknown topic "nope" (known: schedule)',
    ]);
    expect(broken.ok ? 0 : refusalErrors(broken)).toBe(2);
  });

  it("GIVEN a file on disk that is not YAML any more THEN the refusal says it is the file's problem, not the change's", async () => {
    const copy = await fixtureKnowledgeCopy((text) => text.replace("      en: On January 10.", "      en: [On January 10."));
    const outcome = await changeKnowledge(optionsFor(copy), addQuestion("Wann ist das?"), "t");
    expect(outcome.ok ? [] : outcome.problems).toEqual([]);
    expect(outcome.ok ? [] : refusalLines(outcome)[1]).toMatch(/^qa\.yaml:\d+: YAML: /);
  });
});

describe("undoLastChange", () => {
  it("GIVEN two changes THEN two undos restore the original byte for byte, each recorded", async () => {
    const copy = await fixtureKnowledgeCopy();
    const original = await readFile(copy.file, "utf8");
    await changeKnowledge(optionsFor(copy), addQuestion("Eins?"), "t");
    const afterFirst = await readFile(copy.file, "utf8");
    await changeKnowledge(optionsFor(copy), { kind: "remove", id: "talks-date" }, "t");
    expect(await undoLastChange(optionsFor(copy), "cli:bob")).toMatchObject({ ok: true, summary: 'undid #2 (removed entry "talks-date")' });
    expect(await readFile(copy.file, "utf8")).toBe(afterFirst);
    expect((await undoLastChange(optionsFor(copy), "cli:bob")).ok).toBe(true);
    expect(await readFile(copy.file, "utf8")).toBe(original);
    const third = await undoLastChange(optionsFor(copy), "cli:bob");
    expect(third.ok ? [] : third.problems.map((p) => p.message)).toEqual([
      "nothing to undo: the history holds no change that can still be undone",
    ]);
    expect((await knowledgeHistory(copy)).map((r) => [r.seq, r.author, r.undoOf])).toEqual([
      [4, "cli:bob", 1],
      [3, "cli:bob", 2],
      [2, "t", undefined],
      [1, "t", undefined],
    ]);
  });

  it("GIVEN the file was edited by hand after the last change THEN refuses and leaves the hand edit", async () => {
    const copy = await fixtureKnowledgeCopy();
    await changeKnowledge(optionsFor(copy), addQuestion("Eins?"), "t");
    const byHand = (await readFile(copy.file, "utf8")).replace("Am 10. Januar.", "Am 10. Januar, sagt der Text.");
    await writeFile(copy.file, byHand);
    const outcome = await undoLastChange(optionsFor(copy), "t");
    expect(outcome.ok ? "" : formatProblem(outcome.problems[0]!)).toMatch(/^qa\.yaml: the file was changed outside kb after change #1/);
    expect(await readFile(copy.file, "utf8")).toBe(byHand);
  });
});

describe("the write lock", () => {
  it("GIVEN another writer holds the lock past the timeout THEN refuses without writing", async () => {
    const copy = await fixtureKnowledgeCopy();
    const before = await readFile(copy.file, "utf8");
    let release = (): void => undefined;
    const holding = withFileLock(copy.file, () => new Promise<void>((resolve) => (release = resolve)));
    await new Promise((resolve) => setTimeout(resolve, 50));
    const outcome = await changeKnowledge({ ...optionsFor(copy), lock: { timeoutMs: 300 } }, addQuestion("Zwei?"), "t");
    release();
    await holding;
    expect(outcome.ok ? "" : outcome.problems[0]?.message).toMatch(/held the lock for over 1 s; nothing was written/);
    expect(await readFile(copy.file, "utf8")).toBe(before);
  });

  it("GIVEN the lock of a writer killed with SIGKILL THEN the next writer recognises it as stale and goes ahead", async () => {
    const copy = await fixtureKnowledgeCopy();
    const holder = spawnWorker("tests/support/kbWorker.ts", ["hold-lock", copy.file]);
    await holder.waitFor(/locked/);
    holder.child.kill("SIGKILL");
    await holder.exited;
    expect((await readdir(copy.dir)).includes("qa.yaml.lock")).toBe(true);
    const started = Date.now();
    const outcome = await changeKnowledge({ ...optionsFor(copy), lock: { staleMs: 2000, timeoutMs: 8000 } }, addQuestion("Drei?"), "t");
    expect(outcome.ok).toBe(true);
    expect(Date.now() - started).toBeLessThan(6000);
    expect(await readFile(copy.file, "utf8")).toContain("Drei?");
  });
});
