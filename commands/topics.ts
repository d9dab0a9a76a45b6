import { renderTopics } from "../src/discord/answers/renderTopics.js";
import type { Command } from "../src/discord/interactions/command.js";
import { slashCommand } from "../src/discord/interactions/commandData.js";
import { interfaceLanguage } from "../src/discord/answers/locale.js";
import { replyPrivately } from "../src/discord/reply/respond.js";

export const topics = {
  scope: "public",
  data: slashCommand((m) => m.commands.topics).toJSON(),
  async execute(interaction, context) {
    await replyPrivately(interaction, renderTopics(context.answerer().knowledge, interfaceLanguage(interaction.locale)));
  },
} satisfies Command;
