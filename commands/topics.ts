import { slashCommand } from "../src/discord/commandData.js";
import { interfaceLanguage } from "../src/discord/locale.js";
import { renderTopics } from "../src/discord/renderTopics.js";
import { replyPrivately } from "../src/discord/respond.js";
import type { Command } from "../src/discord/command.js";

export const topics = {
  scope: "public",
  data: slashCommand((m) => m.commands.topics).toJSON(),
  async execute(interaction, context) {
    await replyPrivately(interaction, renderTopics(context.answerer().knowledge, interfaceLanguage(interaction.locale)));
  },
} satisfies Command;
