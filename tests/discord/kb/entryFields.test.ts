import { describe, expect, it } from "vitest";
import { changedFields, fieldsOfForm, formOfEntry } from "../../../src/discord/kb/entryFields.js";
import { catalogue } from "../../../src/i18n/index.js";
import type { Entry } from "../../../src/knowledge/types.js";

const FORM_TEXT = catalogue("en").kb.form;

const entry: Entry = {
  id: "talks-date",
  topic: "schedule",
  questions: { de: ["Wann finden die Gespräche statt?", "termin"], en: ["When are the talks?"] },
  answer: { de: "Am 10. Januar.", en: "On January 10." },
  citations: [{ paragraph: 2, quote: "Bilaterale Gespräche sind für den 10. Januar geplant" }],
  keywords: [],
  related: [],
  phrasings: { de: [], en: [] },
  outOfScope: { de: [], en: [] },
};

describe("the entry form", () => {
  it("GIVEN an entry THEN the form shows it; read back unchanged THEN nothing to change", () => {
    const form = formOfEntry(entry);
    expect(form).toEqual({
      questionsDe: "Wann finden die Gespräche statt?\ntermin",
      questionsEn: "When are the talks?",
      answerDe: "Am 10. Januar.",
      answerEn: "On January 10.",
      source: "topic: schedule\n¶2: Bilaterale Gespräche sind für den 10. Januar geplant",
    });
    const read = fieldsOfForm(form, FORM_TEXT);
    expect(read.ok && changedFields(entry, read.fields)).toEqual({});
  });

  it("GIVEN typed text THEN questions one a line (blank lines dropped), sources as ¶N: quote; only what differs is an edit", () => {
    const read = fieldsOfForm(
      {
        ...formOfEntry(entry),
        questionsEn: " When are the talks? \n\nwhen do they meet\n",
        source: "Topic: schedule\n\n¶ 3: sagte der Sprecher\n7: Am 13. Januar",
      },
      FORM_TEXT,
    );
    expect(read.ok && changedFields(entry, read.fields)).toEqual({
      questions: { en: ["When are the talks?", "when do they meet"] },
      citations: [
        { paragraph: 3, quote: "sagte der Sprecher" },
        { paragraph: 7, quote: "Am 13. Januar" },
      ],
    });
  });

  it("GIVEN a source line that is neither topic nor ¶N: quote THEN the line is named", () => {
    expect(fieldsOfForm({ ...formOfEntry(entry), source: "topic: schedule\nsee paragraph 3" }, FORM_TEXT)).toEqual({
      ok: false,
      problems: ['Topic and sources: line 2: write "topic: <topic id>" or "¶<paragraph>: <quote>"'],
    });
  });
});
