import { readdir, readFile } from "node:fs/promises";
import { userInfo } from "node:os";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { changeKnowledge } from "../../src/knowledge/store/store.js";
import { copyEnv, fixtureKnowledgeCopy, realKnowledgeCopy, type KnowledgeCopy } from "../support/knowledgeCopy.js";
import { runCli, type CliRun } from "../support/spawnCli.js";

const kb = (copy: KnowledgeCopy, ...args: string[]): Promise<CliRun> => runCli("src/cli/kb.ts", args, { env: copyEnv(copy) });

const NEW_ENTRY = [
  "--topic",
  "schedule",
  "--question-de",
  "Wer spricht für die USA?",
  "--question-de",
  "Wer ist der Sprecher?",
  "--question-en",
  "Who speaks for the US?",
  "--answer-de",
  "Ein Sprecher.",
  "--answer-en",
  "A spokesperson.",
  "--paragraph",
  "2",
  "--quote",
  "sagte der Sprecher",
  "--paragraph",
  "3",
  "--quote",
  "„Wir freuen uns“",
];

type Entry = {
  id: string;
  topic: string;
  questions: { de: string[]; en: string[] };
  answer: { de: string; en: string };
  related?: string[];
};
const entries = async (copy: KnowledgeCopy): Promise<Entry[]> =>
  (parse(await readFile(copy.file, "utf8")) as { entries: Entry[] }).entries;

/**
 * Every `npm run kb -- add …` command in the README and docs/, as the shell would split it: a line
 * ending in `\` goes on, words are split on spaces, "…" keeps its spaces (the examples need no escapes).
 */
async function documentedAdds(): Promise<string[][]> {
  const files = ["README.md", ...(await readdir("docs")).filter((name) => name.endsWith(".md")).map((name) => `docs/${name}`)];
  const texts = await Promise.all(files.map((file) => readFile(file, "utf8")));
  const commands = texts.flatMap((text) => text.replace(/\\\n\s*/g, " ").match(/^npm run kb -- add .*$/gm) ?? []);
  return commands.map((command) =>
    [...command.slice("npm run kb -- ".length).matchAll(/"([^"]*)"|(\S+)/g)].map((word) => word[1] ?? word[2]!),
  );
}

describe.concurrent("npm run kb", () => {
  it("GIVEN the documented kb add example THEN it adds a real entry to the shipped knowledge, with no problem and no warning", async () => {
    const adds = await documentedAdds();
    expect(adds.length).toBeGreaterThan(0);
    for (const args of adds) {
      const copy = await realKnowledgeCopy();
      const run = await kb(copy, ...args);
      expect(run, args.join(" ")).toMatchObject({ code: 0, stdout: expect.stringMatching(/^[a-z0-9-]+\n$/) });
      expect(run.stderr).toMatch(/^#1 added entry "[a-z0-9-]+"\.\n$/);
    }
  });

  it("GIVEN check and list THEN the kb:check summary and one line per entry", async () => {
    const copy = await fixtureKnowledgeCopy();
    const check = await kb(copy, "check");
    expect(check).toMatchObject({
      code: 0,
      stdout: "qa.yaml: 2 entries, 2 of 3 paragraphs cited (not cited: ¶1), phrasings de 2 / en 2, 0 warnings\n",
    });
    const list = await kb(copy, "list");
    expect(list.code).toBe(0);
    expect(list.stdout.split("\n")).toEqual([
      "talks-date     [schedule]  Wann finden die Gespräche statt? | When are the talks?",
      "speaker-quote  [schedule]  Was sagte der Sprecher? | What did the spokesperson say?",
      "",
    ]);
  });

  it("GIVEN show THEN the entry as written; an unknown id exits 1", async () => {
    const copy = await fixtureKnowledgeCopy();
    const show = await kb(copy, "show", "speaker-quote");
    expect(show.code).toBe(0);
    expect(show.stdout).toBe(
      (await readFile(copy.file, "utf8")).slice((await readFile(copy.file, "utf8")).indexOf("  - id: speaker-quote")),
    );
    expect(await kb(copy, "show", "nope")).toMatchObject({ code: 1, stderr: 'no entry has the id "nope"\n' });
  });

  it("GIVEN add THEN prints the new id, writes every field and records the OS user as author", async () => {
    const copy = await fixtureKnowledgeCopy();
    const add = await kb(copy, "add", ...NEW_ENTRY);
    expect(add.stderr).toContain('#1 added entry "who-speaks-for-the-us".');
    expect(add).toMatchObject({ code: 0, stdout: "who-speaks-for-the-us\n" });
    expect((await entries(copy)).at(-1)).toEqual({
      id: "who-speaks-for-the-us",
      topic: "schedule",
      questions: { de: ["Wer spricht für die USA?", "Wer ist der Sprecher?"], en: ["Who speaks for the US?"] },
      answer: { de: "Ein Sprecher.", en: "A spokesperson." },
      citations: [
        { paragraph: 2, quote: "sagte der Sprecher" },
        { paragraph: 3, quote: "„Wir freuen uns“" },
      ],
    });
    const history = await kb(copy, "history");
    expect(history.stdout).toMatch(
      new RegExp(
        `^#1 {2}\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d UTC {2}cli:${userInfo().username} {2}added entry "who-speaks-for-the-us"\n`,
      ),
    );
    expect(history.stdout).toContain("    +  - id: who-speaks-for-the-us");
  });

  it("GIVEN add with an unknown topic and a misquote THEN exits 1 naming each rule and the file is unchanged byte for byte", async () => {
    const copy = await fixtureKnowledgeCopy();
    const before = await readFile(copy.file);
    const run = await kb(
      copy,
      "add",
      ...NEW_ENTRY.map((arg) => (arg === "schedule" ? "nope" : arg === "sagte der Sprecher" ? "sagte die Sprecherin" : arg)),
    );
    expect(run.code).toBe(1);
    expect(run.stdout).toBe("");
    expect(run.stderr).toContain('entry "who-speaks-for-the-us" topic: unknown topic "nope" (known: schedule)');
    expect(run.stderr).toContain('entry "who-speaks-for-the-us" citations[0].quote: not found in ¶2');
    expect((await readFile(copy.file)).equals(before)).toBe(true);
    expect((await kb(copy, "history")).stdout).toBe("No changes recorded yet.\n");
  });

  it("GIVEN add to the real knowledge with a missing language and a paragraph past the end THEN both at once, in the proposed entry, and nothing of the file's own", async () => {
    const copy = await realKnowledgeCopy();
    const before = await readFile(copy.file);
    const run = await kb(
      copy,
      "add",
      ...["--topic", "schedule", "--question-de", "Wer bezahlt die Gespräche?", "--question-en", "Who pays for the talks?"],
      ...["--answer-en", "The article does not say.", "--paragraph", "99", "--quote", "Wer bezahlt"],
    );
    expect(run).toMatchObject({ code: 1, stdout: "" });
    expect(run.stderr.split("\n")).toEqual([
      "Refused; the knowledge file was not changed:",
      '  qa.yaml, in the proposed entry "who-pays-for-the-talks" answer.de: missing',
      '  qa.yaml, in the proposed entry "who-pays-for-the-talks" citations[0].paragraph: the article has 22 paragraphs, not 99',
      "",
    ]);
    expect((await readFile(copy.file)).equals(before)).toBe(true);
  });

  it("GIVEN edit THEN the fields given replace the old values and the id stays; --id is refused", async () => {
    const copy = await fixtureKnowledgeCopy();
    const run = await kb(copy, "edit", "talks-date", "--answer-en", "On 10 January.", "--question-en", "When do they talk?");
    expect(run).toMatchObject({ code: 0, stdout: "" });
    expect((await entries(copy))[0]).toMatchObject({
      id: "talks-date",
      questions: { de: ["Wann finden die Gespräche statt?"], en: ["When do they talk?"] },
      answer: { de: "Am 10. Januar.", en: "On 10 January." },
    });
    expect(await kb(copy, "edit", "talks-date", "--id", "other")).toMatchObject({ code: 2, stderr: "edit does not take --id\n" });
  });

  it("GIVEN remove of an entry others relate to THEN refused until --drop-references", async () => {
    const copy = await fixtureKnowledgeCopy();
    const refused = await kb(copy, "remove", "speaker-quote");
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('still listed under "related" of "talks-date"');
    const removed = await kb(copy, "remove", "speaker-quote", "--drop-references");
    expect(removed.code).toBe(0);
    expect((await entries(copy)).map((e) => [e.id, e.related])).toEqual([["talks-date", undefined]]);
  });

  it("GIVEN add-question THEN the entry gains the phrasing; a second language flag is refused", async () => {
    const copy = await fixtureKnowledgeCopy();
    expect((await kb(copy, "add-question", "talks-date", "--question-de", "Wann reden sie?")).code).toBe(0);
    expect((await entries(copy))[0]?.questions.de).toEqual(["Wann finden die Gespräche statt?", "Wann reden sie?"]);
    const both = await kb(copy, "add-question", "talks-date", "--question-de", "a", "--question-en", "b");
    expect(both).toMatchObject({ code: 2, stderr: 'give exactly one --question-de "…" or --question-en "…"\n' });
  });

  it("GIVEN undo after two changes THEN each undo takes one back, until the file is the original byte for byte", async () => {
    const copy = await fixtureKnowledgeCopy();
    const original = await readFile(copy.file, "utf8");
    const store = { file: copy.file, dataDir: copy.dataDir, historyLimit: 50 };
    await changeKnowledge(store, { kind: "add-question", id: "talks-date", language: "en", question: "When is it?" }, "test");
    await changeKnowledge(
      store,
      { kind: "edit", id: "speaker-quote", fields: { answer: { de: "Er freut sich sehr." } } },
      "test",
    );
    expect(await kb(copy, "undo")).toMatchObject({
      code: 0,
      stderr: '#3 undid #2 (edited entry "speaker-quote" (answer.de)).\n',
    });
    expect(await kb(copy, "undo")).toMatchObject({
      code: 0,
      stderr: '#4 undid #1 (added a question (en) to entry "talks-date").\n',
    });
    expect(await readFile(copy.file, "utf8")).toBe(original);
  });

  it("GIVEN a write to the real knowledge THEN every comment and every other line stays as the moderators wrote it", async () => {
    const copy = await realKnowledgeCopy();
    const before = await readFile(copy.file, "utf8");
    const run = await kb(copy, "add-question", "osce-meeting-date", "--question-en", "When does the OSCE session take place?");
    expect(run.code).toBe(0);
    const after = await readFile(copy.file, "utf8");
    const removedLines = before
      .split("\n")
      .filter((line, k, all) => !after.split("\n").includes(line) && all.indexOf(line) === k);
    expect(removedLines).toEqual([]);
    expect(after.split("\n")).toHaveLength(before.split("\n").length + 1);
    expect(after).toContain("        - When does the OSCE session take place?\n");
  });

  it("GIVEN wrong usage THEN exits 2 with what is wrong", async () => {
    const copy = await fixtureKnowledgeCopy();
    expect(await kb(copy, "add", "--paragraph", "2")).toMatchObject({
      code: 2,
      stderr: "give --paragraph and --quote in pairs (got 1 paragraphs, 0 quotes)\n",
    });
    expect((await kb(copy, "show")).stderr).toBe("show needs an entry id: npm run kb -- show <id>\n");
    expect((await kb(copy, "--help")).stdout).toMatch(/^Usage: npm run kb -- <verb>/);
  });
});
