import type { ChatInputCommandInteraction, MessageComponentInteraction, ModalSubmitInteraction } from "discord.js";
import { sealFor } from "../answers/signedId.js";
import { UserFacingError } from "../reply/userFacingError.js";
import { asModerator } from "./access.js";
import { addPhrasing, addQuestion } from "./addQuestion.js";
import { listFeedback } from "./feedback.js";
import { showHistory } from "./history.js";
import { DRAFT_ACTIONS, decodeKbId } from "./kbCustomId.js";
import { kbMessages } from "./kbLanguage.js";
import type { KbContext } from "./moderation.js";
import { openAddForm, openEditForm, openNewEntryForm, reopenForm } from "./openForm.js";
import { markOutOfScope } from "./outOfScope.js";
import { reloadKnowledge } from "./reload.js";
import { askRemove, cancelRemove, confirmRemove } from "./remove.js";
import { showEntry } from "./show.js";
import { submitForm } from "./submitForm.js";
import { listUnanswered } from "./unanswered.js";
import { undoChange } from "./undo.js";

/** `/kb <subcommand>`, for moderators only (see access.ts). */
export async function runKbCommand(interaction: ChatInputCommandInteraction, context: KbContext): Promise<void> {
  await asModerator(interaction, context, async (moderation) => {
    const knowledge = context.answerer().knowledge;
    const subcommand = interaction.options.getSubcommand(true);
    switch (subcommand) {
      case "add":
        return openAddForm(interaction);
      case "edit":
        return openEditForm(interaction, knowledge);
      case "remove":
        return askRemove(interaction, knowledge);
      case "add-question":
        return addQuestion(interaction, moderation, context.answerer());
      case "show":
        return showEntry(interaction, moderation);
      case "reload":
        return reloadKnowledge(interaction, moderation);
      case "history":
        return showHistory(interaction, moderation);
      case "undo":
        return undoChange(interaction, moderation);
      case "unanswered":
        return listUnanswered(interaction, moderation, context);
      case "feedback":
        return listFeedback(interaction, context);
      default:
        throw new Error(`unknown subcommand /kb ${subcommand}`);
    }
  });
}

/**
 * Every button and form under `kb:`. Each checks who clicks exactly as the command does: a
 * component can be clicked (or forged) by anyone who sees its message.
 */
export async function handleKbComponent(
  interaction: MessageComponentInteraction | ModalSubmitInteraction,
  context: KbContext,
): Promise<void> {
  await asModerator(interaction, context, async (moderation) => {
    const { id: unsigned, valid } = context.signer.verify(interaction.customId, interaction.user.id);
    const id = decodeKbId(unsigned);
    if (interaction.isModalSubmit() && (id?.action === "fa" || id?.action === "fe")) {
      const mode = id.action === "fa" ? "add" : "edit";
      const seal = sealFor(context.signer, interaction.user.id);
      return submitForm(interaction, moderation, context.answerer().knowledge, mode, id.arg === "" ? undefined : id.arg, seal);
    }
    if (id === undefined || !interaction.isButton()) throw new Error(`unknown /kb component ${interaction.customId}`);
    // A draft's button must be the one the bot made for this moderator: a key alone is not enough.
    if (DRAFT_ACTIONS.includes(id.action) && !valid) {
      context.logger.warn(
        { interactionId: interaction.id, userId: interaction.user.id, action: id.action },
        "/kb draft button not signed for this moderator: refused",
      );
      throw new UserFacingError(kbMessages(interaction).notSigned);
    }
    switch (id.action) {
      case "reopen":
        return reopenForm(interaction, moderation, id.arg);
      case "new":
        return openNewEntryForm(interaction, moderation, id.arg);
      case "phrase":
        return addPhrasing(interaction, moderation, id.arg);
      case "oos":
        return markOutOfScope(interaction, moderation, id.arg);
      case "rm":
      case "rmx":
        return confirmRemove(interaction, moderation, id.arg, id.action === "rmx");
      case "cancel":
        return cancelRemove(interaction);
      default:
        throw new Error(`unknown /kb component ${interaction.customId}`);
    }
  });
}
