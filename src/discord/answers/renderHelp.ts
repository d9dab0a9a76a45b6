import type { AnalyticsStore } from "../../analytics/types.js";
import { catalogue } from "../../i18n/index.js";
import type { Language } from "../../knowledge/types.js";
import { fitEmbed } from "../reply/fitEmbed.js";
import { NO_MENTIONS, type ReplyBody } from "../reply/replyBody.js";
import { STATUS_COLOURS } from "./renderAnswer.js";

/** What the help says about storage: people are told what is kept, for how long, or that nothing is. */
export type StorageNotice = Pick<AnalyticsStore, "enabled" | "retentionDays">;

/** A bot without an analytics store keeps nothing. */
export const NOTHING_STORED: StorageNotice = { enabled: false, retentionDays: 0 };

/** `/help` and "help" in a DM: how to use the bot and what it stores, in the interface language. */
export function renderHelp(language: Language, storage: StorageNotice): ReplyBody {
  const help = catalogue(language).discord.help;
  const stored = storage.enabled ? help.stored(storage.retentionDays) : help.nothingStored;
  return {
    embeds: [fitEmbed({ title: help.title, description: `${help.body}\n\n${stored}`, color: STATUS_COLOURS.smalltalk })],
    components: [],
    allowedMentions: NO_MENTIONS,
  };
}
