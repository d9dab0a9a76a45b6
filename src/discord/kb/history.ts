import type { ChatInputCommandInteraction } from "discord.js";
import type { HistoryRecord } from "../../knowledge/store/history.js";
import { knowledgeHistory } from "../../knowledge/store/store.js";
import { escapeUserText } from "../reply/escape.js";
import { LIMITS } from "../reply/limits.js";
import { replyPrivately } from "../reply/respond.js";
import type { KbMessages } from "../../i18n/index.js";
import { kbMessages } from "./kbLanguage.js";
import type { Moderation } from "./moderation.js";
import { KB_COLOURS, codeBlock, kbBody, noticeBody } from "./render.js";

const DEFAULT_LIMIT = 10;

/** `/kb history [limit]`: who changed what when, newest first, each with its short diff. */
export async function showHistory(interaction: ChatInputCommandInteraction, moderation: Moderation): Promise<void> {
  const text = kbMessages(interaction);
  const limit = interaction.options.getInteger("limit") ?? DEFAULT_LIMIT;
  const records = (await knowledgeHistory(moderation.store)).slice(0, Math.min(limit, LIMITS.embedFields));
  if (records.length === 0) {
    await replyPrivately(interaction, noticeBody(text.history.empty));
    return;
  }
  await replyPrivately(
    interaction,
    kbBody({
      title: text.history.title,
      fields: records.map((record) => historyField(record, text)),
      color: KB_COLOURS.info,
    }),
  );
}

function historyField(record: HistoryRecord, text: KbMessages): { name: string; value: string } {
  const what = `${authorLabel(record.author)}: ${escapeUserText(record.action)}`;
  const room = LIMITS.embedFieldValue - what.length - 1;
  return {
    name: text.history.field(record.seq, record.at.slice(0, 16).replace("T", " "), record.author),
    value: room > 40 && record.diff !== "" ? `${what}\n${codeBlock(record.diff.split("\n"), "diff", room)}` : what,
  };
}

/** `discord:<id>` also as a mention, which Discord shows as the person's name (and, with no allowed mentions, pings nobody). */
function authorLabel(author: string): string {
  const discord = /^discord:(\d{17,20})$/.exec(author);
  return discord === null ? `\`${escapeUserText(author)}\`` : `<@${discord[1]!}>`;
}
