import type { Command } from "../src/discord/interactions/command.js";
import { asModerator } from "../src/discord/kb/access.js";
import { kbAutocomplete } from "../src/discord/kb/autocomplete.js";
import { KB_COMMAND_DATA } from "../src/discord/kb/kbCommandData.js";
import { runKbCommand } from "../src/discord/kb/route.js";

/** The moderators' `/kb`: registered only in the moderation servers, and every call checked again. */
export const kb = {
  scope: "moderation",
  data: KB_COMMAND_DATA,
  execute: runKbCommand,
  async autocomplete(interaction, context) {
    await asModerator(interaction, context, () => kbAutocomplete(interaction, context.answerer().knowledge));
  },
} satisfies Command;
