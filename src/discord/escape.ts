import { escapeMarkdown } from "discord.js";

const ZERO_WIDTH_SPACE = "\u200b";

/**
 * Makes text a person typed safe to show back (and article text shown verbatim): no formatting of its own, and no mention that
 * could ping (`@everyone`, `@here`, `<@id>`, `<@&role>`) or link a channel, even if a message were
 * ever sent without `allowedMentions`.
 */
export function escapeUserText(text: string): string {
  return neutralizeMentions(
    escapeMarkdown(text, { heading: true, bulletedList: true, numberedList: true, maskedLink: true }).replace(/^>/gm, "\\>"),
  );
}

/** Breaks mention syntax with a zero-width space; the text still reads the same. */
export function neutralizeMentions(text: string): string {
  return text.replace(/@(everyone|here)/gi, `@${ZERO_WIDTH_SPACE}$1`).replace(/<([@#])/g, `<${ZERO_WIDTH_SPACE}$1`);
}
