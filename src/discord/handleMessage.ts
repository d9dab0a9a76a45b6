import type { Message } from "discord.js";
import { LANGUAGES, type Language } from "../knowledge/types.js";
import { catalogue } from "../i18n/index.js";
import { answerQuestion } from "./answerQuestion.js";
import type { BotContext } from "./context.js";
import { guardMessage } from "./guard.js";
import { NO_MENTIONS, textBody, type ReplyBody } from "./replyBody.js";
import { renderAnswer } from "./renderAnswer.js";
import { NOTHING_STORED, renderHelp } from "./renderHelp.js";

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
    // Answering again, not only detecting: when the answerer is what failed, this fails too, and the
    // apology falls back to English.
    const apologyLanguage = (): Language => context.answerer().answer(text).language;

    await guardMessage(message, context.logger, apologyLanguage, async () => {
      const verdict = context.cooldown.take(message.author.id);
      if (!verdict.allowed) {
        // A flood gets one notice per window and then silence: every reply would cost REST budget.
        if (verdict.firstRefusal)
          await send(
            message,
            textBody(catalogue(context.answerer().detectLanguage(text)).discord.cooldown(verdict.retryAfterSeconds)),
          );
        return;
      }
      const helpLanguage = HELP_WORDS.get(text.trim().toLowerCase());
      if (helpLanguage !== undefined) {
        await send(message, renderHelp(helpLanguage, context.analytics ?? NOTHING_STORED));
        return;
      }
      const { answer, unansweredRef } = answerQuestion(context, text, { surface: inDm ? "dm" : "mention", id: message.id });
      const meta = context.answerer().knowledge.article.meta;
      await send(message, renderAnswer(answer, { ui: answer.language, meta, shareable: false, unansweredRef }));
    });
  };
}

/** The question without the bot's mention (`<@id>` or the older `<@!id>`), wherever it stands. */
export function stripMention(content: string, botId: string): string {
  return content.replaceAll(`<@${botId}>`, " ").replaceAll(`<@!${botId}>`, " ").replace(/\s+/g, " ").trim();
}

async function send(message: Message, body: ReplyBody): Promise<void> {
  // A reply, so the answer sits under its question, without pinging the person who asked.
  await message.reply({ ...body, allowedMentions: NO_MENTIONS });
}
