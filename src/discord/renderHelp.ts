import type { Language } from "../answering/types.js";
import { interfaceMessages } from "../i18n/index.js";
import { fitEmbed } from "./fitEmbed.js";
import { NO_MENTIONS, type ReplyBody } from "./replyBody.js";
import { STATUS_COLOURS } from "./renderAnswer.js";

/** `/help` and "help" in a DM: how to use the bot, in the interface language. */
export function renderHelp(language: Language): ReplyBody {
  const help = interfaceMessages(language).help;
  return {
    embeds: [fitEmbed({ title: help.title, description: help.body, color: STATUS_COLOURS.smalltalk })],
    components: [],
    allowedMentions: NO_MENTIONS,
  };
}
