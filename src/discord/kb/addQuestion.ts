import { MessageFlags, type ButtonInteraction, type ChatInputCommandInteraction } from "discord.js";
import type { Answerer } from "../../answering/answerer.js";
import { isLanguage } from "../../knowledge/types.js";
import { replyPrivately } from "../reply/respond.js";
import { UserFacingError } from "../reply/userFacingError.js";
import { applyEdit } from "./applyChange.js";
import { kbMessages } from "./kbLanguage.js";
import type { Moderation } from "./moderation.js";

/** `/kb add-question entry question [language]`: another phrasing; the language is the question's unless given. */
export async function addQuestion(
  interaction: ChatInputCommandInteraction,
  moderation: Moderation,
  answerer: Answerer,
): Promise<void> {
  const id = interaction.options.getString("entry", true);
  const question = interaction.options.getString("question", true).trim();
  const given = interaction.options.getString("language");
  const language = given !== null && isLanguage(given) ? given : answerer.detectLanguage(question);
  await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  const applied = await applyEdit(moderation, { kind: "add-question", id, language, question }, interaction.user.id);
  await replyPrivately(interaction, applied.body(kbMessages(interaction)));
}

/** "Add as a phrasing of …" under an unanswered question: the same change in one click. */
export async function addPhrasing(interaction: ButtonInteraction, moderation: Moderation, key: string): Promise<void> {
  const text = kbMessages(interaction);
  const draft = await moderation.drafts.get(key);
  if (draft?.kind !== "question" || draft.entryId === undefined) throw new UserFacingError(text.form.expired);
  await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  const edit = { kind: "add-question", id: draft.entryId, language: draft.language, question: draft.question } as const;
  const applied = await applyEdit(moderation, edit, interaction.user.id);
  await replyPrivately(interaction, applied.body(text));
}
