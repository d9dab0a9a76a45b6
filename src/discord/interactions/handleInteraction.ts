import type { Interaction } from "discord.js";
import { decodeCustomId } from "../answers/customId.js";
import { isKbCustomId } from "../kb/kbCustomId.js";
import { handleKbComponent } from "../kb/route.js";
import { handleAnswerComponent } from "./answerComponents.js";
import type { Command } from "./command.js";
import type { BotContext } from "./context.js";
import { guardAutocomplete, guardInteraction } from "./guard.js";

/** Routes every interaction: commands by name, autocomplete to its command, our buttons and menus by custom_id. */
export function createInteractionHandler(
  context: BotContext,
  commands: readonly Command[],
): (interaction: Interaction) => Promise<void> {
  const byName = new Map(commands.map((command) => [command.data.name, command]));

  return async (interaction) => {
    if (interaction.isAutocomplete()) {
      const command = byName.get(interaction.commandName);
      await guardAutocomplete(interaction, context.logger, async () => {
        if (command?.autocomplete === undefined) throw new Error(`no autocomplete for /${interaction.commandName}`);
        await command.autocomplete(interaction, context);
      });
      return;
    }
    if (!interaction.isRepliable()) return;

    await guardInteraction(interaction, context.logger, async () => {
      if (interaction.isChatInputCommand()) {
        const command = byName.get(interaction.commandName);
        // A command still registered from an older version of the bot.
        if (command === undefined) throw new Error(`unknown command /${interaction.commandName}`);
        await command.execute(interaction, context);
      } else if ((interaction.isMessageComponent() || interaction.isModalSubmit()) && isKbCustomId(interaction.customId)) {
        // The moderators' /kb: its buttons and forms check who clicks, as its command does.
        await handleKbComponent(interaction, context);
      } else if (interaction.isButton() || interaction.isStringSelectMenu()) {
        // Checked for whoever clicked; only a reference (the pick menu's) needs it to be theirs.
        const { id: unsigned, valid } = context.signer.verify(interaction.customId, interaction.user.id);
        const id = decodeCustomId(unsigned);
        if (id === undefined) throw new Error(`unknown component ${interaction.customId}`);
        await handleAnswerComponent(interaction, id, context, valid);
      }
    });
  };
}
