import type { ButtonInteraction, ChatInputCommandInteraction } from "discord.js";
import { entriesById } from "../../knowledge/entriesById.js";
import type { Knowledge } from "../../knowledge/types.js";
import { UserFacingError } from "../reply/userFacingError.js";
import { formOfEntry, sourceText } from "./entryFields.js";
import { EMPTY_FORM, entryModal, overlongField, type EntryForm } from "./entryForm.js";
import { formId } from "./formRows.js";
import { kbMessages } from "./kbLanguage.js";
import type { Moderation } from "./moderation.js";

/** `/kb add topic paragraph quote [id]`: the form, with topic and source filled in from the options. */
export async function openAddForm(interaction: ChatInputCommandInteraction): Promise<void> {
  const text = kbMessages(interaction);
  const topic = interaction.options.getString("topic", true);
  const citation = {
    paragraph: interaction.options.getInteger("paragraph", true),
    quote: interaction.options.getString("quote", true),
  };
  const id = interaction.options.getString("id") ?? undefined;
  const form: EntryForm = { ...EMPTY_FORM, source: sourceText(topic, [citation]) };
  await interaction.showModal(entryModal(formId("add", id, text), text.form.addTitle, form, text.form));
}

/** `/kb edit entry [topic] [paragraph quote]`: the form prefilled with the entry, options replacing parts of it. */
export async function openEditForm(interaction: ChatInputCommandInteraction, knowledge: Knowledge): Promise<void> {
  const text = kbMessages(interaction);
  const id = interaction.options.getString("entry", true);
  const entry = entriesById(knowledge).get(id);
  if (entry === undefined) throw new UserFacingError(text.noEntry(id));
  const topic = interaction.options.getString("topic") ?? entry.topic;
  const paragraph = interaction.options.getInteger("paragraph");
  const quote = interaction.options.getString("quote");
  if ((paragraph === null) !== (quote === null)) throw new UserFacingError(text.form.pairRequired);
  const citations = paragraph !== null && quote !== null ? [{ paragraph, quote }] : entry.citations;
  const form: EntryForm = { ...formOfEntry(entry), source: sourceText(topic, citations) };
  const overlong = overlongField(form, text.form);
  if (overlong !== undefined) throw new UserFacingError(text.form.tooLong(overlong));
  await interaction.showModal(entryModal(formId("edit", entry.id, text), text.form.editTitle(entry.id), form, text.form));
}

/** "Reopen the form" under a refusal: the form again, with what was typed. */
export async function reopenForm(interaction: ButtonInteraction, moderation: Moderation, key: string): Promise<void> {
  const text = kbMessages(interaction);
  const draft = await moderation.drafts.get(key);
  if (draft?.kind !== "form") throw new UserFacingError(text.form.expired);
  const title = draft.mode === "add" ? text.form.addTitle : text.form.editTitle(draft.entryId ?? "");
  await interaction.showModal(entryModal(formId(draft.mode, draft.entryId, text), title, draft.form, text.form));
}

/** "New entry" under an unanswered question: the add form with the question and the closest entry's topic. */
export async function openNewEntryForm(interaction: ButtonInteraction, moderation: Moderation, key: string): Promise<void> {
  const text = kbMessages(interaction);
  const draft = await moderation.drafts.get(key);
  if (draft?.kind !== "question") throw new UserFacingError(text.form.expired);
  const form: EntryForm = {
    ...EMPTY_FORM,
    ...(draft.language === "de" ? { questionsDe: draft.question } : { questionsEn: draft.question }),
    source: sourceText(draft.topic, []),
  };
  await interaction.showModal(entryModal(formId("add", undefined, text), text.form.addTitle, form, text.form));
}
