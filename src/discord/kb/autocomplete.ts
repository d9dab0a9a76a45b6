import type { AutocompleteInteraction } from "discord.js";
import { LANGUAGES, type Knowledge } from "../../knowledge/types.js";
import { LIMITS, truncate } from "../reply/limits.js";
import { kbLanguage } from "./kbLanguage.js";

type Choice = { readonly name: string; readonly value: string | number };

/** Suggestions for /kb's `topic`, `paragraph` and `entry` options from the knowledge live now. */
export async function kbAutocomplete(interaction: AutocompleteInteraction, knowledge: Knowledge): Promise<void> {
  // Names in the moderator's language first, then the others.
  const language = kbLanguage(interaction);
  const shown = [language, ...LANGUAGES.filter((other) => other !== language)];
  const focused = interaction.options.getFocused(true);
  const typed = String(focused.value).trim().toLowerCase();
  const fits = (...texts: string[]): boolean => typed === "" || texts.some((t) => t.toLowerCase().includes(typed));
  const choices: Choice[] =
    focused.name === "topic"
      ? Object.entries(knowledge.topics)
          .filter(([id, names]) => fits(id, ...LANGUAGES.map((l) => names[l])))
          .map(([id, names]) => ({ name: `${id} – ${shown.map((l) => names[l]).join(" / ")}`, value: id }))
      : focused.name === "paragraph"
        ? knowledge.article.paragraphs
            .map((paragraph, k) => ({ name: `¶${k + 1}: ${paragraph}`, value: k + 1 }))
            .filter((choice) => fits(String(choice.value), choice.name))
        : focused.name === "entry"
          ? knowledge.entries
              .filter((entry) => entry.id.length <= LIMITS.autocompleteChoice)
              .filter((entry) => fits(entry.id, ...LANGUAGES.flatMap((l) => entry.questions[l])))
              .map((entry) => ({ name: `${entry.id} – ${entry.questions[language][0]!}`, value: entry.id }))
          : [];
  await interaction.respond(
    choices
      .slice(0, LIMITS.autocompleteChoices)
      .map((choice) => ({ name: truncate(choice.name, LIMITS.autocompleteChoice), value: choice.value })),
  );
}
