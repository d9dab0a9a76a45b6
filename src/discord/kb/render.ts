import type { APIEmbed } from "discord.js";
import { STATUS_COLOURS } from "../answers/renderAnswer.js";
import { fitEmbed } from "../reply/fitEmbed.js";
import { LIMITS, truncate } from "../reply/limits.js";
import { NO_MENTIONS, type ActionRow, type ReplyBody } from "../reply/replyBody.js";

const MORE_RESERVE = 24;

export const KB_COLOURS = {
  done: STATUS_COLOURS.answered,
  refused: STATUS_COLOURS.invalid,
  info: STATUS_COLOURS.smalltalk,
} as const;

/** One embed (cut to Discord's limits) and the given rows; /kb replies never ping anyone. */
export function kbBody(embed: APIEmbed, components: ActionRow[] = []): ReplyBody {
  return { embeds: [fitEmbed(embed)], components, allowedMentions: NO_MENTIONS };
}

/**
 * Lines in a code block (as `kb:check` prints them), as many as fit in `max` characters; the
 * rest are counted. Three backticks in the text would end the block early, so they are broken up.
 */
export function codeBlock(lines: readonly string[], language = "", max: number = LIMITS.embedDescription - 200): string {
  const open = `\`\`\`${language}\n`;
  const close = "\n```";
  const kept: string[] = [];
  let used = open.length + close.length;
  for (const [k, raw] of lines.entries()) {
    const line = truncate(raw.replaceAll("```", "`\u200b``"), Math.floor(max / 2));
    // Room for the "… N more" line, unless this is the last line.
    const reserve = k === lines.length - 1 ? 0 : MORE_RESERVE;
    if (used + line.length + 1 + reserve > max) {
      kept.push(`… ${lines.length - k} more`);
      break;
    }
    kept.push(line);
    used += line.length + 1;
  }
  return `${open}${kept.join("\n")}${close}`;
}

/** A refusal or a broken file: the problems as the knowledge check prints them, then what it means. */
export function problemsBody(title: string, lines: readonly string[], footer: string, components: ActionRow[] = []): ReplyBody {
  return kbBody({ title, description: `${codeBlock(lines)}\n${footer}`, color: KB_COLOURS.refused }, components);
}

/** A short private message: done (green) or just information. */
export function noticeBody(text: string, colour: number = KB_COLOURS.info): ReplyBody {
  return kbBody({ description: text, color: colour });
}
