import { Routes, type Client } from "discord.js";
import { errorInfo, type Logger } from "../../runtime/logger.js";
import { fitEmbed } from "../reply/fitEmbed.js";
import { KB_DEFAULT_MESSAGES } from "./kbLanguage.js";
import { KB_COLOURS, codeBlock } from "./render.js";

/**
 * Whether this process speaks for the whole bot: the one holding shard 0, or the only one. With
 * several shard processes each watches the knowledge file; only this one posts, so a broken file
 * is reported once.
 */
export function speaksForBot(client: Pick<Client, "shard">): boolean {
  return client.shard === null || client.shard.ids.includes(0);
}

/**
 * Posts what is wrong with the knowledge file (as kb:check prints it) to `MOD_LOG_CHANNEL_ID`, in
 * /kb's default language: a channel has no locale, and the problem lines are English anyway.
 * The watcher reports each distinct set of problems once; a post that fails is logged, never thrown.
 */
export function createModLogPoster(
  client: Client,
  channelId: string | undefined,
  logger: Logger,
): (report: readonly string[]) => void {
  return (report) => {
    if (channelId === undefined || !speaksForBot(client)) return;
    const embed = fitEmbed({
      title: KB_DEFAULT_MESSAGES.modLog.title,
      description: `${codeBlock(report)}\n${KB_DEFAULT_MESSAGES.modLog.footer}`,
      color: KB_COLOURS.refused,
    });
    client.rest
      .post(Routes.channelMessages(channelId), { body: { embeds: [embed], allowed_mentions: { parse: [] } } })
      .then(() => logger.info({ channelId }, "knowledge problems posted to the mod-log channel"))
      .catch((error: unknown) =>
        logger.warn({ err: errorInfo(error), channelId }, "could not post the knowledge problems to the mod-log channel"),
      );
  };
}
