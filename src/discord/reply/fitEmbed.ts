import type { APIEmbed, APIEmbedField } from "discord.js";
import { LIMITS, truncate } from "./limits.js";

/**
 * Cuts every part of an embed to Discord's limits and then the whole to 6000 characters, taking the
 * excess from the description first (the title and the quoted source matter more), then dropping
 * the last fields.
 */
export function fitEmbed(embed: APIEmbed): APIEmbed {
  const fitted: APIEmbed = { ...embed };
  if (embed.title !== undefined) fitted.title = truncate(embed.title, LIMITS.embedTitle);
  if (embed.description !== undefined) fitted.description = truncate(embed.description, LIMITS.embedDescription);
  if (embed.footer !== undefined) fitted.footer = { ...embed.footer, text: truncate(embed.footer.text, LIMITS.embedFooter) };
  if (embed.fields !== undefined) {
    fitted.fields = embed.fields.slice(0, LIMITS.embedFields).map((field) => ({
      ...field,
      name: truncate(field.name, LIMITS.embedFieldName),
      value: truncate(field.value, LIMITS.embedFieldValue),
    }));
  }

  let excess = embedLength(fitted) - LIMITS.embedTotal;
  if (excess > 0 && fitted.description !== undefined) {
    // Keep a few words of the description; below that, dropping fields is the better loss.
    const keep = Math.max(100, fitted.description.length - excess);
    fitted.description = truncate(fitted.description, keep);
    excess = embedLength(fitted) - LIMITS.embedTotal;
  }
  while (excess > 0 && fitted.fields !== undefined && fitted.fields.length > 0) {
    fitted.fields = fitted.fields.slice(0, -1);
    excess = embedLength(fitted) - LIMITS.embedTotal;
  }
  return fitted;
}

/** The characters Discord counts towards an embed's 6000. */
export function embedLength(embed: APIEmbed): number {
  const fields = (embed.fields ?? []).reduce(
    (sum: number, field: APIEmbedField) => sum + field.name.length + field.value.length,
    0,
  );
  return (
    (embed.title?.length ?? 0) +
    (embed.description?.length ?? 0) +
    (embed.footer?.text.length ?? 0) +
    (embed.author?.name.length ?? 0) +
    fields
  );
}
