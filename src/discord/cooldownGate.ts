import type { RepliableInteraction } from "discord.js";
import { catalogue } from "../i18n/index.js";
import type { BotContext } from "./context.js";
import { interfaceLanguage } from "./locale.js";
import { textBody } from "./replyBody.js";
import { replyPrivately } from "./respond.js";

/**
 * Counts a question against the person's cooldown. Refused, they get the friendly notice (an
 * interaction must be answered anyway, and its reply does not use the bot's REST budget).
 */
export async function admitQuestion(interaction: RepliableInteraction, context: BotContext): Promise<boolean> {
  const verdict = context.cooldown.take(interaction.user.id);
  if (verdict.allowed) return true;
  const text = catalogue(interfaceLanguage(interaction.locale)).discord.cooldown(verdict.retryAfterSeconds);
  await replyPrivately(interaction, textBody(text));
  return false;
}
