import { readFile } from "node:fs/promises";
import { checkReport } from "../../knowledge/checkReport.js";
import { loadKnowledge } from "../../knowledge/load.js";
import { formatProblem } from "../../knowledge/problems.js";
import { entrySource } from "../../knowledge/store/entrySource.js";
import { refusalLines } from "../../knowledge/store/refusalLines.js";
import type { KnowledgeEdit } from "../../knowledge/store/edits.js";
import { STORE_MESSAGES } from "../../knowledge/store/messages.js";
import {
  changeKnowledge,
  knowledgeHistory,
  undoLastChange,
  type KnowledgeStoreOptions,
  type StoreOutcome,
} from "../../knowledge/store/store.js";
import { entryFieldsOf, singleQuestionOf, type KbArgs } from "./args.js";
import { entryList, historyLines } from "./format.js";

export interface KbContext {
  readonly store: KnowledgeStoreOptions;
  /** Recorded in the history, e.g. `cli:alice`. */
  readonly author: string;
  /** What the verb is for (ids, lists); messages and problems go to `err`. */
  readonly out: (line: string) => void;
  readonly err: (line: string) => void;
}

/** 0 done, 1 refused or failed, 2 wrong usage. */
type Run = (args: KbArgs, context: KbContext) => Promise<number>;

interface Verb {
  /** Flags the verb accepts (besides --help); any other is refused rather than silently ignored. */
  readonly flags: readonly string[];
  /** Whether the verb names an entry: `kb <verb> <id>`. */
  readonly takesId: boolean;
  readonly run: Run;
}

const FIELD_FLAGS = ["topic", "question-de", "question-en", "answer-de", "answer-en", "paragraph", "quote"];

export const VERBS: Readonly<Record<string, Verb>> = {
  check: { flags: [], takesId: false, run: check },
  list: { flags: [], takesId: false, run: list },
  show: { flags: [], takesId: true, run: show },
  add: { flags: ["id", ...FIELD_FLAGS], takesId: false, run: (args, context) => write(args, context, "add") },
  edit: { flags: FIELD_FLAGS, takesId: true, run: (args, context) => write(args, context, "edit") },
  remove: { flags: ["drop-references"], takesId: true, run: (args, context) => write(args, context, "remove") },
  "add-question": {
    flags: ["question-de", "question-en"],
    takesId: true,
    run: (args, context) => write(args, context, "add-question"),
  },
  history: { flags: ["limit"], takesId: false, run: history },
  undo: {
    flags: [],
    takesId: false,
    run: async (_, context) => report(await undoLastChange(context.store, context.author), context),
  },
};

const load = (store: KnowledgeStoreOptions) =>
  loadKnowledge(store.file, store.maxBytes === undefined ? {} : { maxBytes: store.maxBytes });

async function check(_: KbArgs, { store, out }: KbContext): Promise<number> {
  const result = await load(store);
  for (const line of checkReport(result, store.file)) out(line);
  return result.ok ? 0 : 1;
}

async function list(_: KbArgs, { store, out, err }: KbContext): Promise<number> {
  const result = await load(store);
  if (!result.ok) {
    for (const line of checkReport(result, store.file)) err(line);
    return 1;
  }
  for (const line of entryList(result.knowledge)) out(line);
  return 0;
}

async function show(args: KbArgs, { store, out, err }: KbContext): Promise<number> {
  const id = args.target!;
  const text = entrySource(await readFile(store.file, "utf8"), id);
  if (text === undefined) {
    err(STORE_MESSAGES.noEntry(id));
    return 1;
  }
  out(text);
  return 0;
}

async function history(args: KbArgs, { store, out, err }: KbContext): Promise<number> {
  const limit = args.values.limit === undefined ? 10 : Number(args.values.limit);
  if (!Number.isInteger(limit) || limit < 1) {
    err("--limit must be a whole number of at least 1");
    return 2;
  }
  for (const line of historyLines((await knowledgeHistory(store)).slice(0, limit))) out(line);
  return 0;
}

async function write(args: KbArgs, context: KbContext, kind: KnowledgeEdit["kind"]): Promise<number> {
  const edit = editOf(args, kind);
  if (typeof edit === "string") {
    context.err(edit);
    return 2;
  }
  const outcome = await changeKnowledge(context.store, edit, context.author);
  if (outcome.ok && kind === "add" && outcome.entryId !== undefined) context.out(outcome.entryId);
  return report(outcome, context);
}

/** The edit the arguments ask for, or what is wrong with them. */
function editOf(args: KbArgs, kind: KnowledgeEdit["kind"]): KnowledgeEdit | string {
  const id = args.target!;
  if (kind === "remove") return { kind, id, dropReferences: args.values["drop-references"] === true };
  if (kind === "add-question") {
    const question = singleQuestionOf(args.values);
    return question.ok ? { kind, id, ...question.value } : question.message;
  }
  const fields = entryFieldsOf(args.values);
  if (!fields.ok) return fields.message;
  return kind === "add" ? { kind, id: args.values.id, fields: fields.value } : { kind: "edit", id, fields: fields.value };
}

function report(outcome: StoreOutcome, { err }: KbContext): number {
  if (!outcome.ok) {
    err("Refused; the knowledge file was not changed:");
    for (const line of refusalLines(outcome)) err(`  ${line}`);
    return 1;
  }
  // Only the warnings this change brought: the file's standing ones would repeat on every change.
  for (const warning of outcome.warnings) err(formatProblem(warning));
  if (!outcome.changed) err(`Nothing changed: ${outcome.summary} leaves the file as it is.`);
  else err(`#${outcome.record?.seq ?? "?"} ${outcome.summary}.`);
  return 0;
}
