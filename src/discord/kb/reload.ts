import { MessageFlags, type ChatInputCommandInteraction } from "discord.js";
import { checkReport } from "../../knowledge/checkReport.js";
import { replyPrivately } from "../reply/respond.js";
import { KB_MESSAGES } from "./kbLanguage.js";
import type { Moderation } from "./moderation.js";
import { KB_COLOURS, codeBlock, kbBody, problemsBody } from "./render.js";

/** `/kb reload`: loads the file now (the watcher does so by itself within 2 s) and says what kb:check says. */
export async function reloadKnowledge(interaction: ChatInputCommandInteraction, moderation: Moderation): Promise<void> {
  await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  const result = await moderation.reload();
  const report = checkReport(result, moderation.store.file);
  const body = result.ok
    ? kbBody({ title: KB_MESSAGES.reload.okTitle, description: codeBlock(report), color: KB_COLOURS.done })
    : problemsBody(KB_MESSAGES.reload.brokenTitle, report, KB_MESSAGES.reload.brokenFooter);
  await replyPrivately(interaction, body);
}
