import { mkdir, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/load.js";
import { formatProblem } from "../../src/knowledge/problems.js";
import { fixtureKnowledge } from "../support/knowledgeFixture.js";

/** The fixture knowledge with a phrasings folder holding `files` (name → YAML text). */
async function withPhrasings(files: Record<string, string>, edit: (text: string) => string = (t) => t): Promise<string> {
  const qa = await fixtureKnowledge((text) => edit(text.replace("article: article.de.txt", "article: article.de.txt\nphrasings: phrasings")));
  await mkdir(join(dirname(qa), "phrasings"));
  for (const [name, text] of Object.entries(files)) await writeFile(join(dirname(qa), "phrasings", name), text);
  return qa;
}

async function reportOf(qa: string): Promise<string[]> {
  const result = await loadKnowledge(qa);
  return (result.ok ? result.warnings : result.problems).map(formatProblem);
}

describe("bulk phrasings", () => {
  it("GIVEN a file per entry THEN its phrasings and near misses join that entry", async () => {
    const qa = await withPhrasings({
      "talks-date.yaml": "de:\n  - wann gehts los\nen:\n  - when r the talks\noutOfScope:\n  en:\n    - where exactly are the talks\n",
    });
    const result = await loadKnowledge(qa);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const entry = result.knowledge.entries.find((e) => e.id === "talks-date")!;
    expect(entry.phrasings).toEqual({ de: ["wann gehts los"], en: ["when r the talks"] });
    expect(entry.outOfScope).toEqual({ de: [], en: ["where exactly are the talks"] });
    expect(result.knowledge.entries.find((e) => e.id === "speaker-quote")!.phrasings).toEqual({ de: [], en: [] });
  });

  it("GIVEN a file for an entry that does not exist THEN a warning that names the file", async () => {
    expect(await reportOf(await withPhrasings({ "no-such-entry.yaml": "de:\n  - hallo?\n" }))).toEqual([
      'warning: phrasings/no-such-entry.yaml: no entry "no-such-entry" in qa.yaml: these phrasings are not used (rename or delete the file)',
    ]);
  });

  it("GIVEN one phrasing under two entries, a copy of the article and a near miss that is a phrasing THEN every problem, located", async () => {
    const qa = await withPhrasings({
      "talks-date.yaml": "de:\n  - Was sagte der Sprecher?\n  - Bilaterale Gespräche sind für den 10. Januar geplant, sagte der Sprecher\n",
      "speaker-quote.yaml": "en:\n  - what did he say\noutOfScope:\n  en:\n    - What did he say\n",
    });
    expect(await reportOf(qa)).toEqual([
      'phrasings/talks-date.yaml:2 de[0]: also listed under entry "speaker-quote"',
      "phrasings/talks-date.yaml:3 de[1]: copies the article (¶2) word for word: write it the way people ask",
      'phrasings/speaker-quote.yaml:5 outOfScope.en[0]: is a question of entry "speaker-quote": a question cannot be both answered and out of scope',
    ]);
  });

  it("GIVEN a file that breaks the schema or a folder that is missing THEN problems, not a crash", async () => {
    expect(await reportOf(await withPhrasings({ "talks-date.yaml": "fr:\n  - quand\n" }))).toEqual([
      'phrasings/talks-date.yaml:1: unknown field "fr"',
    ]);
    const missing = await fixtureKnowledge((text) => text.replace("article: article.de.txt", "article: article.de.txt\nphrasings: nowhere"));
    expect((await reportOf(missing))[0]).toMatch(/^nowhere: cannot read the phrasings folder .*: folder not found$/);
  });
});

describe("the out-of-scope list", () => {
  it("GIVEN questions in qa.yaml's outOfScope THEN they load; one that an entry answers is refused", async () => {
    const ok = await loadKnowledge(await fixtureKnowledge((t) => `${t}outOfScope:\n  de:\n    - Wie alt ist der Sprecher?\n`));
    expect(ok.ok && ok.knowledge.outOfScope).toEqual({ de: ["Wie alt ist der Sprecher?"], en: [] });
    const clash = await reportOf(await fixtureKnowledge((t) => `${t}outOfScope:\n  en:\n    - When are the talks?\n`));
    expect(clash).toEqual([
      'qa.yaml:33 outOfScope.en[0]: is a question of entry "talks-date": a question cannot be both answered and out of scope',
    ]);
  });
});
