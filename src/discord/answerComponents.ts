import type { ButtonInteraction, StringSelectMenuInteraction } from "discord.js";
import type { Answer } from "../answering/types.js";
import type { Language } from "../knowledge/types.js";
import { catalogue } from "../i18n/index.js";
import { logAnswer } from "./answerQuestion.js";
import type { BotContext } from "./context.js";
import { unansweredRefOf, type AnswerCustomId } from "./customId.js";
import { interfaceLanguage } from "./locale.js";
import { textBody } from "./replyBody.js";
import { renderAnswer } from "./renderAnswer.js";
import { renderParagraphs } from "./renderSource.js";
import { renderTopics } from "./renderTopics.js";
import { replyPrivately } from "./respond.js";
import { UserFacingError } from "./userFacingError.js";

type AnswerComponent = ButtonInteraction | StringSelectMenuInteraction;

/**
 * The buttons and menus under an answer. All but "Share" answer the person who clicked, privately,
 * so that a public answer stays as it was for everyone else.
 */
export async function handleAnswerComponent(
  interaction: AnswerComponent,
  id: AnswerCustomId,
  context: BotContext,
): Promise<void> {
  const ui = interfaceLanguage(interaction.locale);
  const answerer = context.answerer();
  const meta = answerer.knowledge.article.meta;
  const entryAnswer = (entryId: string, language: Language): Answer => {
    const answer = answerer.answerEntry(entryId, language);
    if (answer === undefined) throw new UserFacingError(catalogue(ui).discord.unknownEntry);
    return answer;
  };

  switch (id.action) {
    case "share": {
      // The only component that posts for everyone: the person chose to share their private answer.
      const answer = entryAnswer(id.target, id.language);
      await interaction.reply(renderAnswer(answer, { ui, meta, shareable: false }));
      return;
    }
    case "para": {
      const paragraphs = entryAnswer(id.target, id.language).citations.map((c) => c.paragraph);
      await replyPrivately(interaction, renderParagraphs(answerer.knowledge.article, paragraphs, ui));
      return;
    }
    case "up":
    case "down": {
      // Only entries that exist: a forged custom_id must not fill the store with made-up ones.
      if (!answerer.knowledge.entries.some((entry) => entry.id === id.target)) {
        throw new UserFacingError(catalogue(ui).discord.unknownEntry);
      }
      const result = context.votes.cast(interaction.user.id, id.target, id.action);
      // Who voted is not logged: the moderators need the entry and the verdict, not the person.
      if (result === "recorded" || result === "changed") {
        context.logger.info({ entryId: id.target, vote: id.action, result, interactionId: interaction.id }, "feedback");
      }
      await replyPrivately(interaction, textBody(catalogue(ui).discord.feedback[result]));
      return;
    }
    case "rel":
    case "pick": {
      const started = performance.now();
      const entryId = id.action === "pick" && interaction.isStringSelectMenu() ? interaction.values[0] : id.target;
      const answer = entryAnswer(entryId ?? "", id.language);
      // A pick under an ambiguous answer says which entry was meant: the question is no longer unanswered.
      const ref = id.action === "pick" ? unansweredRefOf(id.target) : undefined;
      if (ref !== undefined) context.analytics?.resolveAmbiguous(ref, answer.entryId ?? "");
      logAnswer(context, answer, { surface: id.action === "pick" ? "menu" : "button", id: interaction.id }, started);
      await replyPrivately(interaction, renderAnswer(answer, { ui, meta, shareable: interaction.inGuild() }));
      return;
    }
    case "topic": {
      if (answerer.knowledge.topics[id.target] === undefined) throw new UserFacingError(catalogue(ui).discord.unknownTopic);
      await replyPrivately(interaction, renderTopics(answerer.knowledge, id.language, id.target));
      return;
    }
  }
}
