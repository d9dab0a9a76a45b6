import { MAX_QUESTION_LENGTH } from "../src/answering/answerer.js";
import { askQuestion } from "../src/discord/interactions/askFlow.js";
import { interactionAsker } from "../src/discord/interactions/askers.js";
import type { Command } from "../src/discord/interactions/command.js";
import { localize, slashCommand } from "../src/discord/interactions/commandData.js";
import { interfaceLanguage } from "../src/discord/answers/locale.js";
import { LIMITS, truncate } from "../src/discord/reply/limits.js";

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
    const isPublic = interaction.options.getBoolean("public") ?? false;
    const text = interaction.options.getString("question", true);
    const visibility = isPublic ? "public" : "private";
    await askQuestion(
      context,
      { kind: "typed", text },
      interactionAsker(interaction, "slash", { visibility, shareable: !isPublic && interaction.inGuild() }),
    );
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
