import type { Message } from "discord.js";
import { catalogue } from "../../i18n/index.js";
import { LANGUAGES, type Language } from "../../knowledge/types.js";
import { askQuestion, type Asked } from "./askFlow.js";
import { messageAsker } from "./askers.js";
import type { BotContext } from "./context.js";
import { guardMessage } from "./guard.js";

/** What people write to ask for the help in a DM (or after a mention), and the help's language. */
const HELP_WORDS: ReadonlyMap<string, Language> = new Map(
  LANGUAGES.flatMap((language) => catalogue(language).discord.helpWords.map((word) => [word, language] as const)),
);

/**
 * DMs and messages that mention the bot. Without the MessageContent intent, Discord still sends the
 * text of exactly these. They carry no locale, so everything follows the question's language.
 */
export function createMessageHandler(context: BotContext): (message: Message) => Promise<void> {
  return async (message) => {
    if (message.author.bot || message.system || message.webhookId !== null) return;
    const botId = message.client.user.id;
    const inDm = !message.inGuild();
    if (!inDm && !message.mentions.users.has(botId)) return;
    const text = inDm ? message.content : stripMention(message.content, botId);
    const helpLanguage = HELP_WORDS.get(text.trim().toLowerCase());
    const asked: Asked = helpLanguage === undefined ? { kind: "typed", text } : { kind: "help", text, language: helpLanguage };
    // Answering again, not only detecting: when the answerer is what failed, this fails too, and the
    // apology falls back to English.
    const apologyLanguage = (): Language => context.answerer().answer(text).language;

    await guardMessage(message, context.logger, apologyLanguage, () =>
      askQuestion(context, asked, messageAsker(message, inDm ? "dm" : "mention")),
    );
  };
}

/** The question without the bot's mention (`<@id>` or the older `<@!id>`), wherever it stands. */
export function stripMention(content: string, botId: string): string {
  return content.replaceAll(`<@${botId}>`, " ").replaceAll(`<@!${botId}>`, " ").replace(/\s+/g, " ").trim();
}
