import { MessageFlags, type RepliableInteraction } from "discord.js";
import type { ReplyBody } from "./replyBody.js";

/**
 * Sends `body` privately to whoever triggered the interaction, whatever has happened to it so far:
 * a first reply, an edit of a deferred reply, or a follow-up after an earlier reply.
 */
export async function replyPrivately(interaction: RepliableInteraction, body: ReplyBody): Promise<void> {
  if (interaction.deferred && !interaction.replied) {
    // A deferred reply keeps the visibility it was deferred with; edit it rather than add another.
    await interaction.editReply(body);
  } else if (interaction.replied || interaction.deferred) {
    await interaction.followUp({ ...body, flags: MessageFlags.Ephemeral });
  } else {
    await interaction.reply({ ...body, flags: MessageFlags.Ephemeral });
  }
}

/** The first reply, for everyone in the channel or only for the person. */
export async function reply(interaction: RepliableInteraction, body: ReplyBody, visibility: "public" | "private"): Promise<void> {
  if (visibility === "private") await replyPrivately(interaction, body);
  else await interaction.reply(body);
}
