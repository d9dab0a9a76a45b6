import { renderParagraphs, renderSource } from "../src/discord/answers/renderSource.js";
import type { Command } from "../src/discord/interactions/command.js";
import { localize, slashCommand } from "../src/discord/interactions/commandData.js";
import { interfaceLanguage } from "../src/discord/answers/locale.js";
import { replyPrivately } from "../src/discord/reply/respond.js";
import { UserFacingError } from "../src/discord/reply/userFacingError.js";
import { catalogue } from "../src/i18n/index.js";

export const source = {
  scope: "public",
  data: slashCommand((m) => m.commands.source)
    .addIntegerOption((option) => localize(option, (m) => m.commands.source.paragraph).setMinValue(1))
    .toJSON(),
  async execute(interaction, context) {
    const language = interfaceLanguage(interaction.locale);
    const article = context.answerer().knowledge.article;
    const paragraph = interaction.options.getInteger("paragraph");
    if (paragraph === null) {
      await replyPrivately(interaction, renderSource(article, language));
      return;
    }
    // The article can change under a running bot, so the upper bound is checked here, not registered.
    if (paragraph > article.paragraphs.length) {
      throw new UserFacingError(catalogue(language).discord.sourceInfo.noParagraph(paragraph, article.paragraphs.length));
    }
    await replyPrivately(interaction, renderParagraphs(article, [paragraph], language));
  },
} satisfies Command;
