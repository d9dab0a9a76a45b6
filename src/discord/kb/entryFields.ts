import type { KbMessages } from "../../i18n/index.js";
import type { EntryFields } from "../../knowledge/store/edits.js";
import { LANGUAGES, type Citation, type Entry } from "../../knowledge/types.js";
import type { EntryForm } from "./entryForm.js";

const TOPIC_LINE = /^topic\s*:\s*(.*)$/i;
const SOURCE_LINE = /^¶?\s*(\d+)\s*:\s*(.+)$/;

/** `topic: <id>` and one `¶N: quote` a line: the form's fifth field. */
export function sourceText(topic: string | undefined, citations: readonly Citation[]): string {
  return [...(topic === undefined ? [] : [`topic: ${topic}`]), ...citations.map((c) => `¶${c.paragraph}: ${c.quote}`)].join("\n");
}

/** An entry as the edit form shows it. */
export function formOfEntry(entry: Entry): EntryForm {
  return {
    questionsDe: entry.questions.de.join("\n"),
    questionsEn: entry.questions.en.join("\n"),
    answerDe: entry.answer.de,
    answerEn: entry.answer.en,
    source: sourceText(entry.topic, entry.citations),
  };
}

export type FormFields =
  { readonly ok: true; readonly fields: EntryFields } | { readonly ok: false; readonly problems: string[] };

/**
 * The entry fields a form gives. Every field is given, even empty, so that the knowledge check
 * names what is missing; only the source field's own syntax is checked here (`text`: the form's
 * words in the moderator's language, for that problem).
 */
export function fieldsOfForm(form: EntryForm, text: KbMessages["form"]): FormFields {
  const problems: string[] = [];
  let topic: string | undefined;
  const citations: Citation[] = [];
  for (const [k, raw] of form.source.split(/\r?\n/).entries()) {
    const line = raw.trim();
    if (line === "") continue;
    const topicMatch = TOPIC_LINE.exec(line);
    const sourceMatch = SOURCE_LINE.exec(line);
    if (topicMatch !== null) topic = topicMatch[1]!.trim();
    else if (sourceMatch !== null) citations.push({ paragraph: Number(sourceMatch[1]), quote: sourceMatch[2]!.trim() });
    else problems.push(`${text.source}: ${text.sourceLine(k + 1)}`);
  }
  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    fields: {
      ...(topic === undefined || topic === "" ? {} : { topic }),
      questions: { de: lines(form.questionsDe), en: lines(form.questionsEn) },
      answer: { de: form.answerDe.trim(), en: form.answerEn.trim() },
      citations,
    },
  };
}

/** Only what differs from the entry, so an edit rewrites no more of the file than it must. */
export function changedFields(entry: Entry, fields: EntryFields): EntryFields {
  const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);
  const questions = Object.fromEntries(
    LANGUAGES.flatMap((l) => (same(fields.questions?.[l], entry.questions[l]) ? [] : [[l, fields.questions?.[l] ?? []]])),
  );
  const answer = Object.fromEntries(
    LANGUAGES.flatMap((l) => (same(fields.answer?.[l], entry.answer[l]) ? [] : [[l, fields.answer?.[l] ?? ""]])),
  );
  const citations = (fields.citations ?? []).map(({ paragraph, quote }) => ({ paragraph, quote }));
  return {
    ...(fields.topic === undefined || fields.topic === entry.topic ? {} : { topic: fields.topic }),
    ...(Object.keys(questions).length === 0 ? {} : { questions }),
    ...(Object.keys(answer).length === 0 ? {} : { answer }),
    ...(same(
      citations,
      entry.citations.map(({ paragraph, quote }) => ({ paragraph, quote })),
    )
      ? {}
      : { citations }),
  };
}

function lines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== "");
}
