import { escapeMarkdown } from "discord.js";
import { LIMITS } from "./limits.js";

const ZERO_WIDTH_SPACE = "\u200b";
const REPLACEMENT_CHARACTER = "\ufffd";
/** A lone surrogate: half an emoji, which UTF-8 (and so Discord) cannot carry. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/**
 * Control characters but tab and newline, and the bidi embeddings, overrides and isolates: an
 * unclosed right-to-left override in an echoed question would turn the bot's own text after it around.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const INVISIBLE_CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
/**
 * discord.js's escapeMarkdown takes time that grows with the square of the length (30 s for 100,000
 * characters). Nothing longer than Discord's largest field can be shown, and escaping only adds
 * characters, so the rest is cut before escaping; the caller's truncate() marks the cut.
 */
const MAX_INPUT = LIMITS.embedDescription;

/**
 * Makes text a person typed safe to show back (and article text shown verbatim): no formatting of its own, and no mention that
 * could ping (`@everyone`, `@here`, `<@id>`, `<@&role>`) or link a channel, even if a message were
 * ever sent without `allowedMentions`; and nothing Discord cannot carry or that would disturb the text around it.
 */
export function escapeUserText(text: string): string {
  return neutralizeMentions(
    escapeMarkdown(sanitize(text.slice(0, MAX_INPUT)), {
      heading: true,
      bulletedList: true,
      numberedList: true,
      maskedLink: true,
    }).replace(/^>/gm, "\\>"),
  );
}

/** Breaks mention syntax with a zero-width space; the text still reads the same. */
export function neutralizeMentions(text: string): string {
  return text.replace(/@(everyone|here)/gi, `@${ZERO_WIDTH_SPACE}$1`).replace(/<([@#/])/g, `<${ZERO_WIDTH_SPACE}$1`);
}

function sanitize(text: string): string {
  return text.replace(LONE_SURROGATE, REPLACEMENT_CHARACTER).replace(INVISIBLE_CONTROLS, "");
}
