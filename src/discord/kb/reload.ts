import { MessageFlags, type ChatInputCommandInteraction } from "discord.js";
import { checkReport } from "../../knowledge/checkReport.js";
import { replyPrivately } from "../reply/respond.js";
import { kbMessages } from "./kbLanguage.js";
import type { Moderation } from "./moderation.js";
import { KB_COLOURS, codeBlock, kbBody, problemsBody } from "./render.js";

/** `/kb reload`: loads the file now (the watcher does so by itself within 2 s) and says what kb:check says. */
export async function reloadKnowledge(interaction: ChatInputCommandInteraction, moderation: Moderation): Promise<void> {
  const text = kbMessages(interaction).reload;
  await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  const result = await moderation.reload();
  const report = checkReport(result, moderation.store.file);
  const body = result.ok
    ? kbBody({ title: text.okTitle, description: codeBlock(report), color: KB_COLOURS.done })
    : problemsBody(text.brokenTitle, report, text.brokenFooter);
  await replyPrivately(interaction, body);
}
