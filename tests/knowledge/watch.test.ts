import { appendFile, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import type { Problem } from "../../src/knowledge/problems.js";
import { changeKnowledge } from "../../src/knowledge/store/store.js";
import type { Knowledge } from "../../src/knowledge/types.js";
import { watchKnowledge, type KnowledgeWatch } from "../../src/knowledge/watch.js";
import { fixtureKnowledgeCopy, type KnowledgeCopy } from "../support/knowledgeCopy.js";

type Event =
  | { kind: "valid"; knowledge: Knowledge; warnings: readonly Problem[]; fresh: readonly Problem[] }
  | { kind: "invalid"; problems: readonly Problem[]; report: readonly string[] };

let watch: KnowledgeWatch | undefined;
afterEach(() => watch?.close());

/** Watches the copy and hands out its events one by one. */
function follow(copy: KnowledgeCopy): (timeoutMs?: number) => Promise<Event> {
  const events: Event[] = [];
  let wake = (): void => undefined;
  watch = watchKnowledge({
    file: copy.file,
    debounceMs: 50,
    onValid: (knowledge, warnings, fresh) => {
      events.push({ kind: "valid", knowledge, warnings, fresh });
      wake();
    },
    onInvalid: (problems, report) => {
      events.push({ kind: "invalid", problems, report });
      wake();
    },
  });
  return async (timeoutMs = 2000) => {
    const deadline = Date.now() + timeoutMs;
    while (events.length === 0) {
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`no reload within ${timeoutMs} ms`);
      await new Promise<void>((resolve) => {
        wake = resolve;
        setTimeout(resolve, left);
      });
    }
    return events.shift()!;
  };
}

const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 250));

describe("watchKnowledge", () => {
  it("GIVEN an atomic write through the store THEN the new knowledge arrives within 2 s", async () => {
    const copy = await fixtureKnowledgeCopy();
    const next = follow(copy);
    await settle();
    const started = Date.now();
    const outcome = await changeKnowledge(
      { file: copy.file, dataDir: copy.dataDir, historyLimit: 5 },
      { kind: "add-question", id: "talks-date", language: "en", question: "When do they meet?" },
      "test",
    );
    expect(outcome.ok).toBe(true);
    const event = await next();
    expect(Date.now() - started).toBeLessThan(2000);
    expect(event.kind).toBe("valid");
    if (event.kind === "valid") expect(event.knowledge.entries[0]!.questions.en).toContain("When do they meet?");
  });

  it("GIVEN a broken save THEN reports every problem as kb:check prints them, once, and a fix loads again", async () => {
    const copy = await fixtureKnowledgeCopy();
    const next = follow(copy);
    await settle();
    const good = await readFile(copy.file, "utf8");
    await writeFile(copy.file, good.replace("topic: schedule", "topic: nope").replace("quote: Bilaterale", "quote: Trilaterale"));
    const broken = await next();
    expect(broken.kind).toBe("invalid");
    if (broken.kind !== "invalid") return;
    expect(broken.report).toEqual([
      'qa.yaml:9 entry "talks-date" topic: unknown topic "nope" (known: schedule)',
      'qa.yaml:18 entry "talks-date" citations[0].quote: not found in ¶2',
      "qa.yaml: 2 problems; the bot keeps its last good knowledge until they are fixed.",
    ]);
    expect(broken.problems).toHaveLength(2);

    await appendFile(copy.file, "# saved again, same problems\n");
    await expect(next(600)).rejects.toThrow(/no reload/);

    await writeFile(copy.file, good);
    expect((await next()).kind).toBe("valid");
  });

  it("GIVEN a warning that stands through several reloads THEN it is fresh once, and again only after it was gone", async () => {
    const cited = "quote: Bilaterale Gespräche sind für den 10. Januar geplant";
    const copy = await fixtureKnowledgeCopy((text) => text.replace('quote: "„Wir freuen uns“, sagte der Sprecher."', cited));
    const next = follow(copy);
    await settle();
    const fresh = async (event: Promise<Event>): Promise<string[]> => {
      const loaded = await event;
      if (loaded.kind !== "valid") throw new Error(`expected a valid load, got ${JSON.stringify(loaded.problems)}`);
      return loaded.fresh.map((warning) => `${warning.entryId} ${warning.message}`);
    };
    const warning = 'speaker-quote also stands in the earlier ¶2';
    expect(await fresh(watch!.reload().then(() => next()))).toEqual([warning]);
    expect(await fresh(watch!.reload().then(() => next()))).toEqual([]);
    const original = await readFile(copy.file, "utf8");
    // A line added above moves the warning: still the same warning.
    await writeFile(copy.file, `# one line more\n${original}`);
    expect(await fresh(next())).toEqual([]);
    const at = original.lastIndexOf(cited);
    await writeFile(copy.file, `${original.slice(0, at)}quote: „Wir freuen uns“${original.slice(at + cited.length)}`);
    expect(await fresh(next())).toEqual([]);
    await writeFile(copy.file, original);
    expect(await fresh(next())).toEqual([warning]);
  });

  it("GIVEN the article changes under a quote THEN that is reported too (the article's folder is watched)", async () => {
    const copy = await fixtureKnowledgeCopy();
    const next = follow(copy);
    await settle();
    const article = join(copy.dir, "article.de.txt");
    await writeFile(article, (await readFile(article, "utf8")).replace("„Wir freuen uns“", "„Wir freuen uns sehr“"));
    const event = await next();
    expect(event.kind === "invalid" ? event.report[0] : event.kind).toMatch(/entry "speaker-quote" citations\[0\]\.quote: not found in ¶3/);
  });

  it("GIVEN close THEN no more reloads", async () => {
    const copy = await fixtureKnowledgeCopy();
    const next = follow(copy);
    await settle();
    watch?.close();
    await appendFile(copy.file, "# a comment\n");
    await expect(next(500)).rejects.toThrow(/no reload/);
  });
});
