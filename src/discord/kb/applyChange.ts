import type { KbMessages } from "../../i18n/index.js";
import { checkReport } from "../../knowledge/checkReport.js";
import { formatProblem } from "../../knowledge/problems.js";
import type { KnowledgeEdit } from "../../knowledge/store/edits.js";
import { refusalErrors, refusalLines } from "../../knowledge/store/refusalLines.js";
import { changeKnowledge, undoLastChange, type StoreOutcome } from "../../knowledge/store/store.js";
import type { ActionRow, ReplyBody } from "../reply/replyBody.js";
import { authorOf, type Moderation } from "./moderation.js";
import { KB_COLOURS, codeBlock, kbBody, problemsBody } from "./render.js";

/** One edit through the store (locked, validated, atomic, recorded as `discord:<user id>`), then live. */
export async function applyEdit(moderation: Moderation, edit: KnowledgeEdit, userId: string): Promise<Applied> {
  return settle(moderation, await changeKnowledge(moderation.store, edit, authorOf(userId)));
}

export async function applyUndo(moderation: Moderation, userId: string): Promise<Applied> {
  return settle(moderation, await undoLastChange(moderation.store, authorOf(userId)));
}

export interface Applied {
  readonly outcome: StoreOutcome;
  /** What the moderator is told, in their language; `reopen` adds a button to a refusal (the form's). */
  body(messages: KbMessages, reopen?: ActionRow): ReplyBody;
}

async function settle(moderation: Moderation, outcome: StoreOutcome): Promise<Applied> {
  // The watcher would notice the write too; reloading here makes the change live in this process
  // before the moderator reads "live now", whatever the file system reports and when.
  const reloaded = outcome.ok && outcome.changed ? await moderation.reload() : undefined;
  return {
    outcome,
    body: (messages, reopen) => {
      const text = messages.outcome;
      if (!outcome.ok) {
        // What the change causes, new problems first; the file's standing warnings are not shown.
        return problemsBody(
          text.refusedTitle(refusalErrors(outcome)),
          refusalLines(outcome),
          reopen === undefined ? text.refusedFooter : text.refusedReopen,
          reopen === undefined ? [] : [reopen],
        );
      }
      if (!outcome.changed) return kbBody({ description: text.unchanged(outcome.summary), color: KB_COLOURS.info });
      // Only the warnings this change brought: the file's standing ones would repeat on every change.
      const warnings = outcome.warnings.map(formatProblem);
      const saved = text.saved(outcome.summary, outcome.record?.seq);
      const live =
        reloaded === undefined || reloaded.ok
          ? text.live
          : `${text.notLive}\n${codeBlock(checkReport(reloaded, moderation.store.file), "", 3000)}`;
      return kbBody({
        description: [saved, live, ...(warnings.length > 0 ? [codeBlock(warnings, "", 1500)] : [])].join("\n"),
        color: KB_COLOURS.done,
      });
    },
  };
}
