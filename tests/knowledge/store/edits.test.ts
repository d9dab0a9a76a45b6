import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { formatProblem } from "../../../src/knowledge/problems.js";
import { applyEdit, type KnowledgeEdit } from "../../../src/knowledge/store/edits.js";

const FIXTURE = readFileSync(join(import.meta.dirname, "..", "..", "fixtures", "kb", "qa.yaml"), "utf8");
const REAL = readFileSync(join(import.meta.dirname, "..", "..", "..", "knowledge", "qa.yaml"), "utf8");

const NEW_ENTRY: KnowledgeEdit = {
  kind: "add",
  fields: {
    topic: "schedule",
    questions: { de: ["Wer spricht?"], en: ["Who is speaking?"] },
    answer: { de: "Der Sprecher.", en: "The spokesperson." },
    citations: [{ paragraph: 3, quote: "sagte der Sprecher" }],
  },
};

function edited(text: string, edit: KnowledgeEdit): string {
  const outcome = applyEdit(text, edit, "qa.yaml");
  if (!outcome.ok) throw new Error(outcome.problems.map(formatProblem).join("\n"));
  return outcome.text;
}

function refused(text: string, edit: KnowledgeEdit): string[] {
  const outcome = applyEdit(text, edit, "qa.yaml");
  if (outcome.ok) throw new Error("expected a refusal");
  return outcome.problems.map(formatProblem);
}

type Data = { entries: { id: string; questions: { de: string[]; en: string[] }; answer: { de: string; en: string }; related?: string[] }[] };
const data = (text: string): Data => parse(text) as Data;
const commentLines = (text: string): string[] => text.split("\n").filter((line) => line.trim().startsWith("#"));

describe("applyEdit", () => {
  it("GIVEN add without an id THEN derives a kebab-case id from the first English question and appends the entry", () => {
    const outcome = applyEdit(FIXTURE, NEW_ENTRY, "qa.yaml");
    expect(outcome).toMatchObject({ ok: true, entryId: "who-is-speaking", summary: 'added entry "who-is-speaking"' });
    if (!outcome.ok) return;
    expect(outcome.text.startsWith(FIXTURE)).toBe(true);
    expect(data(outcome.text).entries.at(-1)).toMatchObject({ id: "who-is-speaking", answer: { en: "The spokesperson." } });
  });

  it("GIVEN a derived id that is taken THEN numbers it, and a given id that is taken THEN refuses", () => {
    const twice = edited(edited(FIXTURE, NEW_ENTRY), { ...NEW_ENTRY, fields: { ...NEW_ENTRY.fields, questions: { en: ["Who is speaking"] } } });
    expect(data(twice).entries.map((e) => e.id)).toEqual(["talks-date", "speaker-quote", "who-is-speaking", "who-is-speaking-2"]);
    expect(refused(FIXTURE, { ...NEW_ENTRY, id: "talks-date" })).toEqual([
      'qa.yaml entry "talks-date" id: an entry with the id "talks-date" already exists (ids are never reused)',
    ]);
  });

  it("GIVEN the real file THEN a new entry takes the file's style (block lists, folded answers, single-quoted quotes, a blank line before)", () => {
    const text = edited(REAL, NEW_ENTRY);
    // After the last entry, before the out-of-scope section that follows the entries.
    const at = REAL.indexOf("\n\n# ====", REAL.lastIndexOf("  - id: ")) + 1;
    expect(text.slice(0, at)).toBe(REAL.slice(0, at));
    expect(text.slice(text.length - (REAL.length - at))).toBe(REAL.slice(at));
    expect(text.slice(at, text.length - (REAL.length - at))).toBe(
      [
        "",
        "  - id: who-is-speaking",
        "    topic: schedule",
        "    questions:",
        "      de:",
        "        - Wer spricht?",
        "      en:",
        "        - Who is speaking?",
        "    answer:",
        "      de: >-",
        "        Der Sprecher.",
        "      en: >-",
        "        The spokesperson.",
        "    citations:",
        "      - paragraph: 3",
        "        quote: 'sagte der Sprecher'",
        "",
      ].join("\n"),
    );
  });

  it("GIVEN edit with some fields THEN replaces just those values, keeps their style and every other byte", () => {
    const answer = "A much longer answer about the article that goes on and on, so that the folded block style has to wrap it.";
    const text = edited(REAL, { kind: "edit", id: "article-headline", fields: { answer: { en: answer }, questions: { de: ["Überschrift?"] } } });
    const entry = data(text).entries.find((e) => e.id === "article-headline")!;
    expect(entry.answer.en).toBe(answer);
    expect(entry.questions.de).toEqual(["Überschrift?"]);
    expect(text).toContain("      en: >-\n        A much longer answer");
    expect(commentLines(text)).toEqual(commentLines(REAL));
    const before = REAL.indexOf("  - id: article-headline");
    expect(text.slice(0, before)).toBe(REAL.slice(0, before));
    const next = "  - id: article-overview";
    expect(text.slice(text.indexOf(next))).toBe(REAL.slice(REAL.indexOf(next)));
  });

  it("GIVEN edit with nothing to change or an unknown id THEN refuses and says why", () => {
    expect(refused(FIXTURE, { kind: "edit", id: "talks-date", fields: {} })).toEqual([
      'qa.yaml:8 entry "talks-date": nothing to change: give at least one field',
    ]);
    expect(refused(FIXTURE, { kind: "edit", id: "nope", fields: { topic: "x" } })).toEqual(['qa.yaml entry "nope": no entry has the id "nope"']);
  });

  it("GIVEN add-question THEN appends one line to a block list and one item to a flow list", () => {
    const real = edited(REAL, { kind: "add-question", id: "bot-purpose", language: "de", question: "Was kannst du alles?" });
    expect(real).toBe(REAL.replace("        - bot hilfe\n", "        - bot hilfe\n        - Was kannst du alles?\n"));
    const fixture = edited(FIXTURE, { kind: "add-question", id: "talks-date", language: "en", question: "When is the meeting?" });
    expect(fixture).toBe(FIXTURE.replace("en: [When are the talks?]", "en: [When are the talks?, When is the meeting?]"));
  });

  it("GIVEN add-out-of-scope THEN the question joins outOfScope (made if missing); a second time it is refused", () => {
    const first = edited(FIXTURE, { kind: "add-out-of-scope", language: "de", question: "Wie alt ist der Sprecher?" });
    expect(parse(first).outOfScope).toEqual({ de: ["Wie alt ist der Sprecher?"] });
    const second = edited(first, { kind: "add-out-of-scope", language: "de", question: "Wo genau finden die Gespräche statt?" });
    expect(parse(second).outOfScope).toEqual({ de: ["Wie alt ist der Sprecher?", "Wo genau finden die Gespräche statt?"] });
    expect(second.startsWith(first.slice(0, first.indexOf("outOfScope")))).toBe(true);
    expect(refused(second, { kind: "add-out-of-scope", language: "de", question: " wie alt ist der sprecher? " })).toEqual([
      "qa.yaml:33 outOfScope.de: is already listed as out of scope",
    ]);
  });

  it("GIVEN add-question with a phrasing the entry already has THEN refuses", () => {
    expect(refused(FIXTURE, { kind: "add-question", id: "talks-date", language: "de", question: "  wann finden die gespräche statt? " })).toEqual([
      'qa.yaml:8 entry "talks-date" questions.de: is already one of the entry\'s de questions',
    ]);
  });

  it("GIVEN remove of an entry others relate to THEN refuses naming them, or drops the references when asked", () => {
    expect(refused(FIXTURE, { kind: "remove", id: "speaker-quote" })).toEqual([
      'qa.yaml:20 entry "speaker-quote": still listed under "related" of "talks-date"; remove those references first, or have them dropped with the entry',
    ]);
    const text = edited(FIXTURE, { kind: "remove", id: "speaker-quote", dropReferences: true });
    expect(data(text).entries).toHaveLength(1);
    expect(text).not.toContain("related");
    expect(text).toBe(FIXTURE.slice(0, FIXTURE.indexOf("    related:")));
  });

  it("GIVEN remove in the real file THEN the section comments stay and no blank lines double up", () => {
    const text = edited(REAL, { kind: "remove", id: "talks-in-january", dropReferences: true });
    expect(commentLines(text)).toEqual(commentLines(REAL));
    expect(text).not.toMatch(/\n\n\n/);
    expect(text).toContain("  # ===================================================================================\n  - id: bilateral-talks-date");
    expect(data(text).entries.some((e) => e.related?.includes("talks-in-january"))).toBe(false);
    expect(data(text).entries).toHaveLength(data(REAL).entries.length - 1);
  });

  it("GIVEN broken YAML THEN refuses with the parser's problem instead of guessing", () => {
    expect(refused("entries: [\n", NEW_ENTRY)[0]).toMatch(/^qa\.yaml:\d+: YAML: /);
  });
});
