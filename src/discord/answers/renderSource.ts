import { catalogue } from "../../i18n/index.js";
import type { Article, Language } from "../../knowledge/types.js";
import { escapeUserText } from "../reply/escape.js";
import { fitEmbed } from "../reply/fitEmbed.js";
import { NO_MENTIONS, type ReplyBody } from "../reply/replyBody.js";
import { STATUS_COLOURS } from "./renderAnswer.js";

/** `/source` without a number: the headline and what the article says about itself. */
export function renderSource(article: Article, language: Language): ReplyBody {
  const text = catalogue(language).discord.sourceInfo;
  const meta = article.meta;
  const fields = [
    { name: text.dateline, value: meta.dateline[language] },
    { name: text.talks, value: meta.talks[language] },
    ...(meta.note !== undefined ? [{ name: text.note, value: meta.note[language] }] : []),
    { name: text.paragraphs, value: text.paragraphCount(article.paragraphs.length) },
  ];
  return body({ title: escapeUserText(meta.headline), fields, color: STATUS_COLOURS.smalltalk });
}

/**
 * Whole paragraphs, verbatim ("Show paragraph", `/source paragraph:N`). Numbers outside the article
 * are skipped; the caller checks them when a person typed them.
 */
export function renderParagraphs(article: Article, paragraphs: readonly number[], language: Language): ReplyBody {
  const text = catalogue(language).discord.sourceInfo;
  const total = article.paragraphs.length;
  const wanted = [...new Set(paragraphs)].filter((n) => n >= 1 && n <= total).sort((a, b) => a - b);
  const blocks = wanted.map((n) => `**${text.paragraphTitle(n, total)}**\n${escapeUserText(article.paragraphs[n - 1]!)}`);
  return body({ title: escapeUserText(article.meta.headline), description: blocks.join("\n\n"), color: STATUS_COLOURS.answered });
}

function body(embed: Parameters<typeof fitEmbed>[0]): ReplyBody {
  return { embeds: [fitEmbed(embed)], components: [], allowedMentions: NO_MENTIONS };
}
