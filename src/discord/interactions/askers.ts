import type { Message, RepliableInteraction } from "discord.js";
import { NO_MENTIONS, type ReplyBody } from "../reply/replyBody.js";
import { reply, replyPrivately } from "../reply/respond.js";
import type { Asker, Surface } from "./askFlow.js";

/** How a question asked through an interaction (a slash command, a button, a menu) is answered. */
export function interactionAsker(
  interaction: RepliableInteraction,
  surface: Surface,
  { visibility, shareable }: { readonly visibility: "public" | "private"; readonly shareable: boolean },
): Asker {
  return {
    surface,
    id: interaction.id,
    userId: interaction.user.id,
    locale: interaction.locale,
    shareable,
    send: (body) => reply(interaction, body, visibility),
    // An interaction must be answered anyway, and its reply does not use the bot's REST budget.
    refused: (notice) => replyPrivately(interaction, notice),
  };
}

/** How a DM or a mention is answered: a reply under it, in the question's language (a message has no locale). */
export function messageAsker(message: Message, surface: "dm" | "mention"): Asker {
  const send = async (body: ReplyBody): Promise<void> => {
    // A reply, so the answer sits under its question, without pinging the person who asked.
    await message.reply({ ...body, allowedMentions: NO_MENTIONS });
  };
  return {
    surface,
    id: message.id,
    userId: message.author.id,
    shareable: false,
    // A flood gets one notice per window in each channel and then silence: every reply would cost
    // REST budget. Per channel: a notice in a server's channel is not seen in the DM.
    quietPlace: message.channelId,
    send,
    refused: async (notice, first) => {
      if (first) await send(notice);
    },
  };
}
