import { slashCommand } from "../src/discord/commandData.js";
import { interfaceLanguage } from "../src/discord/locale.js";
import { NOTHING_STORED, renderHelp } from "../src/discord/renderHelp.js";
import { replyPrivately } from "../src/discord/respond.js";
import type { Command } from "../src/discord/command.js";

export const help = {
  scope: "public",
  data: slashCommand((m) => m.commands.help).toJSON(),
  async execute(interaction, context) {
    await replyPrivately(interaction, renderHelp(interfaceLanguage(interaction.locale), context.analytics ?? NOTHING_STORED));
  },
} satisfies Command;
