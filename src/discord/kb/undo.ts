import { MessageFlags, type ChatInputCommandInteraction } from "discord.js";
import { replyPrivately } from "../reply/respond.js";
import { applyUndo } from "./applyChange.js";
import { kbMessages } from "./kbLanguage.js";
import type { Moderation } from "./moderation.js";

/** `/kb undo`: restores the version before the newest change not undone yet (recorded, too). */
export async function undoChange(interaction: ChatInputCommandInteraction, moderation: Moderation): Promise<void> {
  await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  const applied = await applyUndo(moderation, interaction.user.id);
  await replyPrivately(interaction, applied.body(kbMessages(interaction)));
}
