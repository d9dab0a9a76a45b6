import type { ButtonInteraction, StringSelectMenuInteraction } from "discord.js";
import { catalogue } from "../../i18n/index.js";
import { unansweredRefOf, type AnswerCustomId } from "../answers/customId.js";
import { renderParagraphs } from "../answers/renderSource.js";
import { renderTopics } from "../answers/renderTopics.js";
import { textBody } from "../reply/replyBody.js";
import { replyPrivately } from "../reply/respond.js";
import { UserFacingError } from "../reply/userFacingError.js";
import { askQuestion } from "./askFlow.js";
import { interactionAsker } from "./askers.js";
import type { BotContext } from "./context.js";
import { interfaceLanguage } from "../answers/locale.js";

type AnswerComponent = ButtonInteraction | StringSelectMenuInteraction;

/**
 * The buttons and menus under an answer. All but "Share" answer the person who clicked, privately,
 * so that a public answer stays as it was for everyone else. Share, follow-ups and picks are
 * questions too: they take the one ask flow. `signed`: the custom id bore the bot's signature for
 * the person who clicked.
 */
export async function handleAnswerComponent(
  interaction: AnswerComponent,
  id: AnswerCustomId,
  context: BotContext,
  signed: boolean,
): Promise<void> {
  const ui = interfaceLanguage(interaction.locale);
  const answerer = context.answerer();

  switch (id.action) {
    case "share": {
      // The only component that posts for everyone: the person chose to share their private answer.
      const asker = interactionAsker(interaction, "share", { visibility: "public", shareable: false });
      await askQuestion(context, { kind: "chosen", entryId: id.target, language: id.language }, asker);
      return;
    }
    case "para": {
      const answer = answerer.answerEntry(id.target, id.language);
      if (answer === undefined) throw new UserFacingError(catalogue(ui).discord.unknownEntry);
      const paragraphs = answer.citations.map((c) => c.paragraph);
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
      const entryId = id.action === "pick" && interaction.isStringSelectMenu() ? interaction.values[0] : id.target;
      // The asker's pick under their ambiguous answer says which entry they meant: the question is
      // no longer unanswered. Anyone else's (under a public answer) or a forged one is answered
      // all the same, but settles nothing: only the asker knows what they meant.
      const ref = id.action === "pick" ? unansweredRefOf(id.target) : undefined;
      const resolves = signed ? ref : undefined;
      if (ref !== undefined && !signed) {
        context.logger.info(
          { interactionId: interaction.id, ref },
          "pick not signed for the clicker: the question stays unanswered",
        );
      }
      const asker = interactionAsker(interaction, id.action === "pick" ? "menu" : "button", {
        visibility: "private",
        shareable: interaction.inGuild(),
      });
      await askQuestion(context, { kind: "chosen", entryId: entryId ?? "", language: id.language, resolves }, asker);
      return;
    }
    case "topic": {
      if (answerer.knowledge.topics[id.target] === undefined) throw new UserFacingError(catalogue(ui).discord.unknownTopic);
      await replyPrivately(interaction, renderTopics(answerer.knowledge, id.language, id.target));
      return;
    }
  }
}
