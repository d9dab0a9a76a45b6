import type { ChatInputCommandInteraction } from "discord.js";
import { entriesById } from "../../knowledge/entriesById.js";
import { escapeUserText } from "../reply/escape.js";
import { replyPrivately } from "../reply/respond.js";
import { kbLanguage, kbMessages } from "./kbLanguage.js";
import type { KbContext } from "./moderation.js";
import { KB_COLOURS, kbBody, noticeBody } from "./render.js";

/** As many entries as a moderator reads at once; the worst come first. */
const SHOWN = 25;

/** `/kb feedback`: entries by 👎 (then fewest 👍), each with its canonical question. */
export async function listFeedback(interaction: ChatInputCommandInteraction, context: KbContext): Promise<void> {
  const language = kbLanguage(interaction);
  const text = kbMessages(interaction);
  const analytics = context.analytics;
  if (analytics?.enabled !== true) {
    await replyPrivately(interaction, noticeBody(text.unanswered.analyticsOff));
    return;
  }
  const rows = analytics.feedbackByEntry();
  if (rows.length === 0) {
    await replyPrivately(interaction, noticeBody(text.feedback.none));
    return;
  }
  const entries = entriesById(context.answerer().knowledge);
  const lines = rows.slice(0, SHOWN).map((row) => {
    const question = entries.get(row.entryId)?.questions[language][0];
    return text.feedback.line(row.down, row.up, row.entryId, question === undefined ? undefined : escapeUserText(question));
  });
  await replyPrivately(
    interaction,
    kbBody({ title: text.feedback.title, description: lines.join("\n"), color: KB_COLOURS.info }),
  );
}
