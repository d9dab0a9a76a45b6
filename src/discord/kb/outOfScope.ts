import { MessageFlags, type ButtonInteraction } from "discord.js";
import { replyPrivately } from "../reply/respond.js";
import { UserFacingError } from "../reply/userFacingError.js";
import { applyEdit } from "./applyChange.js";
import { kbMessages } from "./kbLanguage.js";
import type { Moderation } from "./moderation.js";

/**
 * "Out of scope" under an unanswered question: the question joins qa.yaml's `outOfScope` list
 * through the store (validated, recorded, undone by /kb undo like any change), where the answerer
 * learns to decline such questions; /kb unanswered leaves it out from then on.
 */
export async function markOutOfScope(interaction: ButtonInteraction, moderation: Moderation, key: string): Promise<void> {
  const text = kbMessages(interaction);
  const draft = await moderation.drafts.get(key);
  if (draft?.kind !== "question") throw new UserFacingError(text.form.expired);
  await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  const edit = { kind: "add-out-of-scope", language: draft.language, question: draft.question } as const;
  const applied = await applyEdit(moderation, edit, interaction.user.id);
  await replyPrivately(interaction, applied.body(text));
}
