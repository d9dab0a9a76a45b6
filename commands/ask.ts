import { MAX_QUESTION_LENGTH } from "../src/answering/answerer.js";
import { answerQuestion } from "../src/discord/answerQuestion.js";
import { localize, slashCommand } from "../src/discord/commandData.js";
import { admitQuestion } from "../src/discord/cooldownGate.js";
import { LIMITS, truncate } from "../src/discord/limits.js";
import { interfaceLanguage } from "../src/discord/locale.js";
import { renderAnswer } from "../src/discord/renderAnswer.js";
import { reply } from "../src/discord/respond.js";
import type { Command } from "../src/discord/command.js";

const data = slashCommand((m) => m.commands.ask)
  .addStringOption((option) =>
    localize(option, (m) => m.commands.ask.question)
      .setRequired(true)
      .setAutocomplete(true)
      .setMaxLength(MAX_QUESTION_LENGTH),
  )
  .addBooleanOption((option) => localize(option, (m) => m.commands.ask.public))
  .toJSON();

export const ask = {
  scope: "public",
  data,
  async execute(interaction, context) {
    if (!(await admitQuestion(interaction, context))) return;
    const question = interaction.options.getString("question", true);
    const isPublic = interaction.options.getBoolean("public") ?? false;
    const { answer, unansweredRef } = answerQuestion(context, question, {
      surface: "slash",
      id: interaction.id,
      locale: interaction.locale,
    });
    const view = {
      ui: interfaceLanguage(interaction.locale),
      meta: context.answerer().knowledge.article.meta,
      shareable: !isPublic && interaction.inGuild(),
      unansweredRef,
    };
    await reply(interaction, renderAnswer(answer, view), isPublic ? "public" : "private");
  },
  async autocomplete(interaction, context) {
    const typed = interaction.options.getFocused();
    const answerer = context.answerer();
    // The question's own words decide the language once there are some; before that, the locale.
    const language =
      typed.trim() === "" ? interfaceLanguage(interaction.locale) : answerer.detectLanguage(typed, interaction.locale);
    const choices = answerer.suggest(typed, language, LIMITS.autocompleteChoices).map((s) => {
      const text = truncate(s.question, LIMITS.autocompleteChoice);
      return { name: text, value: text };
    });
    await interaction.respond(choices);
  },
} satisfies Command;
