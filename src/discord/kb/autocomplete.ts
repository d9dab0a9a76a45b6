import type { AutocompleteInteraction } from "discord.js";
import type { Knowledge } from "../../knowledge/types.js";
import { LIMITS, truncate } from "../limits.js";

type Choice = { readonly name: string; readonly value: string | number };

/** Suggestions for /kb's `topic`, `paragraph` and `entry` options from the knowledge live now. */
export async function kbAutocomplete(interaction: AutocompleteInteraction, knowledge: Knowledge): Promise<void> {
  const focused = interaction.options.getFocused(true);
  const typed = String(focused.value).trim().toLowerCase();
  const fits = (...texts: string[]): boolean => typed === "" || texts.some((t) => t.toLowerCase().includes(typed));
  const choices: Choice[] =
    focused.name === "topic"
      ? Object.entries(knowledge.topics)
          .filter(([id, names]) => fits(id, names.de, names.en))
          .map(([id, names]) => ({ name: `${id} – ${names.en} / ${names.de}`, value: id }))
      : focused.name === "paragraph"
        ? knowledge.article.paragraphs
            .map((paragraph, k) => ({ name: `¶${k + 1}: ${paragraph}`, value: k + 1 }))
            .filter((choice) => fits(String(choice.value), choice.name))
        : focused.name === "entry"
          ? knowledge.entries
              .filter((entry) => entry.id.length <= LIMITS.autocompleteChoice)
              .filter((entry) => fits(entry.id, ...entry.questions.de, ...entry.questions.en))
              .map((entry) => ({ name: `${entry.id} – ${entry.questions.en[0]!}`, value: entry.id }))
          : [];
  await interaction.respond(
    choices
      .slice(0, LIMITS.autocompleteChoices)
      .map((choice) => ({ name: truncate(choice.name, LIMITS.autocompleteChoice), value: choice.value })),
  );
}
