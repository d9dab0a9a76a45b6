import { readFile } from "node:fs/promises";
import { basename } from "node:path";
import { checkKnowledgeText, type LoadResult } from "../load.js";
import type { Problem } from "../problems.js";
import { placedOnDisk, problemsOfChange } from "./changeProblems.js";
import { applyEdit, type KnowledgeEdit } from "./edits.js";
import { dropRecords, historyFolder, listHistory, pruneHistory, recordChange, textBefore, textHash, type HistoryRecord } from "./history.js";
import { withFileLock, type LockOptions } from "./lock.js";
import { STORE_MESSAGES } from "./messages.js";
import { shortDiff } from "./shortDiff.js";
import { planUndo } from "./undoPlan.js";
import { removeLeftoverTemps, writeFileAtomic } from "./write.js";

export interface KnowledgeStoreOptions {
  /** The knowledge file (`KNOWLEDGE_FILE`). */
  readonly file: string;
  /** The history goes to `<dataDir>/history`. */
  readonly dataDir: string;
  /** How many previous versions to keep. */
  readonly historyLimit: number;
  /** The size cap of `KNOWLEDGE_MAX_BYTES`, so no edit writes a file the bot would refuse to load. */
  readonly maxBytes?: number | undefined;
  readonly lock?: LockOptions | undefined;
  readonly now?: (() => Date) | undefined;
}

export type StoreOutcome =
  | {
      readonly ok: true;
      /** False when the edit left the text as it was: nothing was written or recorded. */
      readonly changed: boolean;
      readonly summary: string;
      readonly entryId?: string | undefined;
      readonly record?: HistoryRecord | undefined;
      /** The warnings this change brought (not the file's standing ones). */
      readonly warnings: readonly Problem[];
    }
  | {
      readonly ok: false;
      /** What refused the change: the problems it causes (errors first), or what the store refuses outright. */
      readonly problems: readonly Problem[];
      /** Errors the file on disk had already; they refuse any change until they are fixed. */
      readonly standing?: readonly Problem[] | undefined;
    };

/**
 * Applies one edit to the knowledge file: under the file's lock, to the file as it is now; the
 * whole new text validated like `kb:check` (quotes verified); the previous version recorded in the
 * history; then written atomically. A refused edit leaves the file untouched, byte for byte.
 * `author` is recorded as given, e.g. `cli:alice` or `discord:<user id>`.
 */
export function changeKnowledge(options: KnowledgeStoreOptions, edit: KnowledgeEdit, author: string): Promise<StoreOutcome> {
  return underLock(options, async (before, stillHeld) => {
    const edited = applyEdit(before, edit, basename(options.file));
    // A file that is not YAML any more is no edit's doing; the edit could not even be applied.
    if (!edited.ok) return edited.unreadable === true ? { ok: false, problems: [], standing: edited.problems } : edited;
    if (edited.text === before) return { ok: true, changed: false, summary: edited.summary, entryId: edited.entryId, warnings: [] };
    return commit(options, stillHeld, { before, after: edited.text, action: edited.summary, author }, edited.entryId);
  });
}

/**
 * Takes back the newest change not undone yet by restoring the version before it, through the
 * same validated, locked, atomic write (and recorded, so an undo can itself be looked up).
 */
export function undoLastChange(options: KnowledgeStoreOptions, author: string): Promise<StoreOutcome> {
  return underLock(options, async (current, stillHeld) => {
    const folder = historyFolder(options.dataDir);
    const plan = planUndo(await listHistory(folder), textHash(current));
    await dropRecords(folder, plan.phantoms);
    if (plan.kind === "nothing") return refusal(options.file, STORE_MESSAGES.nothingToUndo);
    if (plan.kind === "changed-outside") return refusal(options.file, STORE_MESSAGES.changedOutside(plan.record.seq));
    const { record } = plan;
    const after = await textBefore(folder, record.seq);
    const action = `undid #${record.seq} (${record.action})`;
    return commit(options, stillHeld, { before: current, after, action, author, undoOf: record.seq }, undefined);
  });
}

/** The recorded changes, newest first. */
export function knowledgeHistory(options: Pick<KnowledgeStoreOptions, "dataDir">): Promise<HistoryRecord[]> {
  return listHistory(historyFolder(options.dataDir));
}

type Work = (current: string, stillHeld: () => boolean) => Promise<StoreOutcome>;

async function underLock(options: KnowledgeStoreOptions, work: Work): Promise<StoreOutcome> {
  const locked = await withFileLock(
    options.file,
    async (stillHeld) => {
      await removeLeftoverTemps(options.file);
      let current: string;
      try {
        current = await readFile(options.file, "utf8");
      } catch (error) {
        return refusal(options.file, STORE_MESSAGES.unreadable((error as Error).message));
      }
      return work(current, stillHeld);
    },
    options.lock,
  );
  if (locked.ok) return locked.value;
  return refusal(options.file, STORE_MESSAGES.lockBusy(Math.ceil((options.lock?.timeoutMs ?? 30_000) / 1000)));
}

interface Change {
  readonly before: string;
  readonly after: string;
  readonly action: string;
  readonly author: string;
  readonly undoOf?: number;
}

async function commit(
  options: KnowledgeStoreOptions,
  stillHeld: () => boolean,
  change: Change,
  entryId: string | undefined,
): Promise<StoreOutcome> {
  const checkOptions = options.maxBytes === undefined ? {} : { maxBytes: options.maxBytes };
  const checked = await checkKnowledgeText(change.after, options.file, checkOptions);
  const found = checked.ok ? checked.warnings : checked.problems;
  // The moderator is told what this change brings, not the file's standing warnings again.
  const { caused, standing } =
    found.length === 0 ? { caused: [], standing: [] } : problemsOfChange(problemsOf(await checkKnowledgeText(change.before, options.file, checkOptions)), found);
  if (!checked.ok) {
    const text = { before: change.before, after: change.after, file: basename(options.file) };
    return { ok: false, problems: placedOnDisk(caused, text), standing: placedOnDisk(standing, text) };
  }
  if (!stillHeld()) return refusal(options.file, STORE_MESSAGES.lockLost);
  const folder = historyFolder(options.dataDir);
  const at = options.now?.() ?? new Date();
  const record = await recordChange(folder, { ...change, at, diff: shortDiff(change.before, change.after) });
  // A record without its write is harmless: `undo` recognises it as a phantom.
  if (!stillHeld()) return refusal(options.file, STORE_MESSAGES.lockLost);
  await writeFileAtomic(options.file, change.after);
  await pruneHistory(folder, options.historyLimit);
  return { ok: true, changed: true, summary: change.action, entryId, record, warnings: caused };
}

function problemsOf(result: LoadResult): readonly Problem[] {
  return result.ok ? result.warnings : result.problems;
}

function refusal(file: string, message: string): StoreOutcome {
  return { ok: false, problems: [{ severity: "error", file: basename(file), line: 0, field: "", message }] };
}
