import { MessageFlags, type ModalSubmitInteraction } from "discord.js";
import { entriesById } from "../../knowledge/entriesById.js";
import type { EntryFields, KnowledgeEdit } from "../../knowledge/store/edits.js";
import type { Knowledge } from "../../knowledge/types.js";
import type { Seal } from "../answers/signedId.js";
import { replyPrivately } from "../reply/respond.js";
import { applyEdit } from "./applyChange.js";
import { changedFields, fieldsOfForm } from "./entryFields.js";
import { readEntryForm } from "./entryForm.js";
import { reopenRow } from "./formRows.js";
import { kbMessages } from "./kbLanguage.js";
import type { Moderation } from "./moderation.js";
import { noticeBody, problemsBody } from "./render.js";

/**
 * A submitted add or edit form: the change goes through the store like any other (validated as
 * kb:check does). Refused, the moderator gets the problems privately and a button that reopens
 * the form with what they typed, kept as a draft on the server.
 */
export async function submitForm(
  interaction: ModalSubmitInteraction,
  moderation: Moderation,
  knowledge: Knowledge,
  mode: "add" | "edit",
  entryId: string | undefined,
  seal: Seal,
): Promise<void> {
  const text = kbMessages(interaction);
  const form = readEntryForm(interaction);
  // The lock may be busy for a moment: answer within Discord's 3 s first.
  await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  const reopen = async (): Promise<ReturnType<typeof reopenRow>> =>
    reopenRow(await moderation.drafts.put({ kind: "form", mode, entryId, form }), text, seal);

  const parsed = fieldsOfForm(form, text.form);
  if (!parsed.ok) {
    const title = text.outcome.refusedTitle(parsed.problems.length);
    await replyPrivately(interaction, problemsBody(title, parsed.problems, text.outcome.refusedReopen, [await reopen()]));
    return;
  }
  const edit = editOf(mode, entryId, parsed.fields, knowledge);
  if (edit === undefined) {
    await replyPrivately(interaction, noticeBody(text.outcome.nothingEdited));
    return;
  }
  const applied = await applyEdit(moderation, edit, interaction.user.id);
  await replyPrivately(interaction, applied.outcome.ok ? applied.body(text) : applied.body(text, await reopen()));
}

/** The store's edit for the form, or undefined when an edit changes nothing. */
function editOf(
  mode: "add" | "edit",
  entryId: string | undefined,
  fields: EntryFields,
  knowledge: Knowledge,
): KnowledgeEdit | undefined {
  if (mode === "add") return { kind: "add", id: entryId, fields };
  const entry = entryId === undefined ? undefined : entriesById(knowledge).get(entryId);
  // An entry removed meanwhile: the store says so, with the id.
  if (entry === undefined) return { kind: "edit", id: entryId ?? "", fields };
  const changed = changedFields(entry, fields);
  return Object.keys(changed).length === 0 ? undefined : { kind: "edit", id: entry.id, fields: changed };
}
