import { readFile, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { formatProblem } from "../../src/knowledge/problems.js";
import { loadKnowledge } from "../../src/knowledge/load.js";
import { fixtureKnowledge } from "../support/knowledgeFixture.js";

async function problemsOf(edit: (text: string) => string): Promise<string[]> {
  const result = await loadKnowledge(await fixtureKnowledge(edit));
  if (result.ok) return result.warnings.map(formatProblem);
  return result.problems.map(formatProblem);
}

describe("loadKnowledge", () => {
  it("GIVEN the valid fixture THEN loads both entries with their paragraphs", async () => {
    const result = await loadKnowledge(await fixtureKnowledge());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.knowledge.entries.map((e) => e.id)).toEqual(["talks-date", "speaker-quote"]);
    expect(result.knowledge.article.paragraphs).toHaveLength(3);
    expect(result.knowledge.synonyms).toEqual([["gespräche", "talks"]]);
    expect(result.warnings).toEqual([]);
  });

  it("GIVEN a quote that is not in its paragraph THEN names file, line, entry, field and paragraph", async () => {
    const problems = await problemsOf((t) => t.replace("quote: Bilaterale Gespräche sind", "quote: Bilaterale Gespräche waren"));
    expect(problems).toEqual(['qa.yaml:18 entry "talks-date" citations[0].quote: not found in ¶2']);
  });

  it("GIVEN a quote with different case THEN it is not verbatim", async () => {
    const problems = await problemsOf((t) => t.replace("quote: Bilaterale Gespräche", "quote: bilaterale Gespräche"));
    expect(problems).toEqual(['qa.yaml:18 entry "talks-date" citations[0].quote: not found in ¶2']);
  });

  it("GIVEN a quote cited in the wrong paragraph THEN says where it stands", async () => {
    const problems = await problemsOf((t) => t.replace("- paragraph: 3", "- paragraph: 1"));
    expect(problems).toEqual(['qa.yaml:30 entry "speaker-quote" citations[0].quote: not found in ¶1 (it stands in ¶3)']);
  });

  it("GIVEN a paragraph past the article's end THEN says how many there are", async () => {
    const problems = await problemsOf((t) => t.replace("- paragraph: 3", "- paragraph: 9"));
    expect(problems[0]).toContain("citations[0].paragraph: the article has 3 paragraphs, not 9");
  });

  it("GIVEN an elided quote THEN each piece must stand in order", async () => {
    expect(await problemsOf((t) => t.replace("quote: Bilaterale Gespräche sind für den 10. Januar geplant", "quote: Bilaterale … geplant"))).toEqual([]);
    const problems = await problemsOf((t) => t.replace("quote: Bilaterale Gespräche sind für den 10. Januar geplant", "quote: geplant … Bilaterale"));
    expect(problems[0]).toContain("not found in ¶2");
  });

  it("GIVEN a quote that also stands in an earlier paragraph THEN warns but loads", async () => {
    const path = await fixtureKnowledge((t) => t.replace('quote: "„Wir freuen uns“, sagte der Sprecher."', "quote: Bilaterale Gespräche sind für den 10. Januar geplant"));
    const result = await loadKnowledge(path);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.warnings.map(formatProblem)).toEqual(['warning: qa.yaml:30 entry "speaker-quote" citations[0].quote: also stands in the earlier ¶2']);
  });

  it("GIVEN a photo caption that repeats a later paragraph THEN a quote cited there draws no warning; a caption that says more still counts", async () => {
    const withArticle = async (caption: string): Promise<string[]> => {
      const path = await fixtureKnowledge((t) => t.replace("- paragraph: 3", "- paragraph: 4").replace("- paragraph: 2", "- paragraph: 3"));
      const article = join(dirname(path), "article.de.txt");
      const [headline, ...rest] = (await readFile(article, "utf8")).split("\n\n");
      await writeFile(article, [headline, caption, ...rest].join("\n\n"));
      const result = await loadKnowledge(path);
      if (!result.ok) throw new Error(result.problems.map(formatProblem).join("\n"));
      return result.warnings.map(formatProblem);
    };
    expect(await withArticle("„Wir freuen uns“, sagte der Sprecher. [FOTO/AGENTUR]")).toEqual([]);
    expect(await withArticle("Am Rande: „Wir freuen uns“, sagte der Sprecher. [FOTO/AGENTUR]")).toEqual([
      'warning: qa.yaml:30 entry "speaker-quote" citations[0].quote: also stands in the earlier ¶2',
    ]);
  });

  it("GIVEN typographic quotes written straight THEN the quote still verifies", async () => {
    expect(await problemsOf((t) => t.replace('quote: "„Wir freuen uns“, sagte der Sprecher."', "quote: '\"Wir freuen uns\", sagte der Sprecher.'"))).toEqual([]);
  });

  it("GIVEN a duplicate id THEN reports the second one", async () => {
    const problems = await problemsOf((t) => t.replace("id: speaker-quote", "id: talks-date").replace("related: [speaker-quote]", ""));
    expect(problems).toContain('qa.yaml:20 entry "talks-date" id: duplicate id (first used by entry #1)');
  });

  it("GIVEN an unknown topic THEN lists the known ones", async () => {
    const problems = await problemsOf((t) => t.replace("topic: schedule\n    questions:\n      de: [Was", "topic: nope\n    questions:\n      de: [Was"));
    expect(problems).toEqual(['qa.yaml:21 entry "speaker-quote" topic: unknown topic "nope" (known: schedule)']);
  });

  it("GIVEN a missing language THEN the schema names the field", async () => {
    const problems = await problemsOf((t) => t.replace("      en: He is glad.\n", ""));
    expect(problems).toHaveLength(1);
    expect(problems).toEqual(['qa.yaml:26 entry "speaker-quote" answer.en: missing']);
  });

  it("GIVEN placeholder answers THEN each is refused with what gives it away", async () => {
    const problems = await problemsOf((t) =>
      t
        .replace("de: Am 10. Januar.", 'de: "…"')
        .replace("en: On January 10.", "en: TODO")
        .replace("de: Er freut sich.", "de: Laut dem Artikel (Montag, 27. Dezember) …")
        .replace("en: He is glad.", "en: Lorem ipsum dolor sit amet."),
    );
    expect(problems).toEqual([
      'qa.yaml:14 entry "talks-date" answer.de: is a placeholder ("…"): write the answer',
      'qa.yaml:15 entry "talks-date" answer.en: is a placeholder ("TODO"): write the answer',
      'qa.yaml:26 entry "speaker-quote" answer.de: is a placeholder (it ends in “…”): write the answer',
      'qa.yaml:27 entry "speaker-quote" answer.en: is a placeholder ("Lorem ipsum"): write the answer',
    ]);
    for (const placeholder of ["...", "TBD", "xxx", "- tbd -"]) {
      expect(await problemsOf((t) => t.replace("en: On January 10.", `en: "${placeholder}"`)), placeholder).toHaveLength(1);
    }
  });

  it("GIVEN answers that only look close to a placeholder THEN they load", async () => {
    const answers = ["Er sagte: „Wir … uns“, laut dem Artikel.", "Um 10 Uhr? Das sagt der Text nicht.", "Xxxl-Truppen gibt es nicht."];
    for (const answer of answers) expect(await problemsOf((t) => t.replace("de: Er freut sich.", `de: "${answer}"`)), answer).toEqual([]);
  });

  it("GIVEN a missing language and a bad paragraph and an unknown topic THEN all of them at once, in file order", async () => {
    const problems = await problemsOf((t) =>
      t.replace("      en: He is glad.\n", "").replace("- paragraph: 2", "- paragraph: 9").replace("topic: schedule", "topic: nope"),
    );
    expect(problems).toEqual([
      'qa.yaml:9 entry "talks-date" topic: unknown topic "nope" (known: schedule)',
      'qa.yaml:17 entry "talks-date" citations[0].paragraph: the article has 3 paragraphs, not 9',
      'qa.yaml:26 entry "speaker-quote" answer.en: missing',
    ]);
  });

  it("GIVEN entries the schema refuses in several places THEN the checks beyond it report nothing twice and nothing false", async () => {
    const problems = await problemsOf((t) =>
      t
        .replace("id: talks-date", "ids: talks-date")
        .replace("id: speaker-quote", "ids: speaker-quote")
        .replace("related: [speaker-quote]", "related: 7")
        .replace("quote: Bilaterale Gespräche sind für den 10. Januar geplant", "quote: Trilaterale Gespräche"),
    );
    expect(problems.filter((problem) => /duplicate|unknown entry id|unknown topic/.test(problem))).toEqual([]);
    expect(problems).toContain('qa.yaml:18 entry "#1" citations[0].quote: not found in ¶2');
  });

  it("GIVEN an unknown related id THEN reports it", async () => {
    const problems = await problemsOf((t) => t.replace("related: [speaker-quote]", "related: [who-knows]"));
    expect(problems).toEqual(['qa.yaml:19 entry "talks-date" related[0]: unknown entry id "who-knows"']);
  });

  it("GIVEN the same question under two entries THEN reports the second", async () => {
    const problems = await problemsOf((t) => t.replace("de: [Was sagte der Sprecher?]", "de: [wann finden die Gespräche statt?]"));
    expect(problems).toEqual(['qa.yaml:23 entry "speaker-quote" questions.de[0]: question also listed under entry "talks-date"']);
  });

  it("GIVEN a wrong type and an unknown key THEN reports both, not just the first", async () => {
    const problems = await problemsOf((t) => t.replace("- paragraph: 2", "- paragraph: two").replace("    topic: schedule\n    questions:\n      de: [Was", "    topik: x\n    topic: schedule\n    questions:\n      de: [Was"));
    expect(problems).toHaveLength(2);
    expect(problems.join("\n")).toContain('entry "talks-date" citations[0].paragraph');
    expect(problems.join("\n")).toContain('entry "speaker-quote"');
  });

  it("GIVEN broken YAML THEN reports the line", async () => {
    const problems = await problemsOf((t) => t.replace("      en: On January 10.", "      en: [On January 10."));
    expect(problems[0]).toMatch(/^qa\.yaml:\d+: YAML: /);
  });

  it("GIVEN a duplicate key THEN refuses it", async () => {
    const problems = await problemsOf((t) => t.replace("    topic: schedule\n    questions:\n      de: [Wann", "    topic: schedule\n    topic: schedule\n    questions:\n      de: [Wann"));
    expect(problems[0]).toMatch(/YAML: .*[Uu]nique|YAML: .*duplicate/);
  });

  it("GIVEN a missing article THEN says which file cannot be read", async () => {
    const problems = await problemsOf((t) => t.replace("article: article.de.txt", "article: missing.txt"));
    expect(problems[0]).toMatch(/^qa\.yaml:2 article: cannot read .*missing\.txt: file not found$/);
  });

  it("GIVEN a knowledge file that does not exist THEN reports it instead of throwing", async () => {
    const result = await loadKnowledge("/nonexistent/qa.yaml");
    expect(result.ok).toBe(false);
  });
});
