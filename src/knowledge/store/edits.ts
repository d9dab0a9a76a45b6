import { isMap, isScalar, isSeq, type YAMLMap, type YAMLSeq } from "yaml";
import { LANGUAGES, type Language } from "../types.js";
import type { Problem } from "../problems.js";
import { parseYamlSource } from "../yamlSource.js";
import { kebabId, uniqueId } from "./entryId.js";
import { citationsNode, entryNode, questionsNode, styleOf, textNode, type EntryFields } from "./entryNodes.js";
import { STORE_MESSAGES } from "./messages.js";
import { createYamlEditor, type YamlEditor } from "./yamlEditor.js";

export type { EntryFields };

/** One change a moderator asks for; the store applies it to the file as it is under the lock. */
export type KnowledgeEdit =
  | { readonly kind: "add"; readonly id?: string | undefined; readonly fields: EntryFields }
  | { readonly kind: "edit"; readonly id: string; readonly fields: EntryFields }
  /** `dropReferences`: also remove the id from other entries' `related`; otherwise such references refuse the removal. */
  | { readonly kind: "remove"; readonly id: string; readonly dropReferences?: boolean | undefined }
  | { readonly kind: "add-question"; readonly id: string; readonly language: Language; readonly question: string }
  /** A question the article does not answer, for the matcher to learn to decline (`outOfScope`). */
  | { readonly kind: "add-out-of-scope"; readonly language: Language; readonly question: string };

export type EditOutcome =
  | { readonly ok: true; readonly text: string; readonly entryId: string; readonly summary: string }
  /** `unreadable`: the text is not valid YAML, so no edit could be applied to it. */
  | { readonly ok: false; readonly problems: readonly Problem[]; readonly unreadable?: boolean };

/**
 * Applies one edit to the text of a knowledge file and returns the new text. Pure: it checks only
 * what the edit itself needs (the id exists, is free, …); the caller validates the whole result.
 */
export function applyEdit(text: string, edit: KnowledgeEdit, file: string): EditOutcome {
  const source = parseYamlSource(text, file);
  if (source.problems.length > 0) return { ok: false, problems: source.problems, unreadable: true };
  const entries = source.document.get("entries", true);
  if (!isSeq(entries)) return refuse(file, source.lineOf(["entries"]), undefined, "entries", STORE_MESSAGES.noEntries);
  const ids = entries.items.map((item) => (isMap(item) ? String(item.get("id") ?? "") : ""));
  const editor = createYamlEditor(text, source.document);
  const done = (entryId: string, summary: string): EditOutcome => ({ ok: true, text: editor.text(), entryId, summary });

  if (edit.kind === "add-out-of-scope") {
    const question = edit.question.trim();
    const listed = source.document.getIn(["outOfScope", edit.language]);
    if (isSeq(listed) && listed.items.some((q) => questionKey(q) === questionKey(question))) {
      return refuse(file, source.lineOf(["outOfScope", edit.language]), undefined, `outOfScope.${edit.language}`, STORE_MESSAGES.outOfScopeListed);
    }
    editor.append(["outOfScope", edit.language], textNode(question, undefined));
    return done("", `marked a question (${edit.language}) as out of scope`);
  }

  if (edit.kind === "add") {
    const first = edit.fields.questions?.en?.[0] ?? edit.fields.questions?.de?.[0] ?? "";
    const id = edit.id ?? uniqueId(kebabId(first), new Set(ids));
    if (ids.includes(id)) return refuse(file, 0, id, "id", STORE_MESSAGES.idTaken(id));
    editor.append(["entries"], entryNode(id, edit.fields, styleOf(entries.items.at(-1))));
    return done(id, `added entry "${id}"`);
  }

  const index = ids.indexOf(edit.id);
  if (index < 0) return refuse(file, 0, edit.id, "", STORE_MESSAGES.noEntry(edit.id));
  const entry = entries.items[index] as YAMLMap;
  const line = source.lineOf(["entries", index]);

  switch (edit.kind) {
    case "edit": {
      const changed = editFields(editor, index, entry, edit.fields);
      if (changed.length === 0) return refuse(file, line, edit.id, "", STORE_MESSAGES.nothingGiven);
      return done(edit.id, `edited entry "${edit.id}" (${changed.join(", ")})`);
    }
    case "add-question": {
      const question = edit.question.trim();
      const listed = entry.getIn(["questions", edit.language]);
      if (isSeq(listed) && listed.items.some((q) => questionKey(q) === questionKey(question))) {
        return refuse(file, line, edit.id, `questions.${edit.language}`, STORE_MESSAGES.questionListed(edit.language));
      }
      editor.append(["entries", index, "questions", edit.language], textNode(question, undefined));
      return done(edit.id, `added a question (${edit.language}) to entry "${edit.id}"`);
    }
    case "remove": {
      const referring = entries.items.flatMap((item, k) => (relatedOf(item).includes(edit.id) && k !== index ? [k] : []));
      if (referring.length > 0 && edit.dropReferences !== true) {
        return refuse(file, line, edit.id, "", STORE_MESSAGES.stillRelated(referring.map((k) => ids[k]!)));
      }
      for (const k of referring) dropRelated(editor, k, entries, edit.id);
      editor.removeItem(["entries"], index);
      const dropped = referring.length > 0 ? ` and ${referring.length} reference${referring.length === 1 ? "" : "s"} to it` : "";
      return done(edit.id, `removed entry "${edit.id}"${dropped}`);
    }
  }
}

/** Sets every given field (a given field replaces the old value) and names the ones set. */
function editFields(editor: YamlEditor, index: number, entry: YAMLMap, fields: EntryFields): string[] {
  const path = ["entries", index];
  const changed: string[] = [];
  const style = styleOf(entry);
  if (fields.topic !== undefined) {
    editor.set([...path, "topic"], textNode(fields.topic, undefined));
    changed.push("topic");
  }
  for (const language of LANGUAGES) {
    const questions = fields.questions?.[language];
    if (questions === undefined) continue;
    const old = entry.getIn(["questions", language], true);
    editor.set([...path, "questions", language], questionsNode(questions, isSeq(old) && old.flow === true));
    changed.push(`questions.${language}`);
  }
  for (const language of LANGUAGES) {
    const answer = fields.answer?.[language];
    if (answer === undefined) continue;
    const old = entry.getIn(["answer", language], true);
    editor.set([...path, "answer", language], textNode(answer, isScalar(old) ? old.type : style.answerType));
    changed.push(`answer.${language}`);
  }
  if (fields.citations !== undefined) {
    editor.set([...path, "citations"], citationsNode(fields.citations, style));
    changed.push("citations");
  }
  return changed;
}

/** How two questions are compared for duplicates: case, width and spacing do not count. */
export function questionKey(question: unknown): string {
  return String(isScalar(question) ? question.value : question)
    .normalize("NFKC")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}

function relatedOf(item: unknown): string[] {
  if (!isMap(item)) return [];
  const related = item.get("related");
  return isSeq(related) ? related.items.map((r) => String(isScalar(r) ? r.value : r)) : [];
}

/** Removes `id` from entry k's `related`, and the key itself when nothing is left. */
function dropRelated(editor: YamlEditor, k: number, entries: YAMLSeq, id: string): void {
  const related = (entries.items[k] as YAMLMap).get("related");
  if (!isSeq(related)) return;
  const rest = related.items.filter((r) => String(isScalar(r) ? r.value : r) !== id);
  if (rest.length === 0) {
    editor.set(["entries", k, "related"], undefined);
    return;
  }
  const next = questionsNode([], related.flow === true);
  next.items = rest;
  editor.set(["entries", k, "related"], next);
}

function refuse(file: string, line: number, entryId: string | undefined, field: string, message: string): EditOutcome {
  return { ok: false, problems: [{ severity: "error", file, line, entryId, field, message }] };
}
