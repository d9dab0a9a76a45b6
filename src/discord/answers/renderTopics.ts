import { catalogue } from "../../i18n/index.js";
import type { Knowledge, Language } from "../../knowledge/types.js";
import { fitEmbed } from "../reply/fitEmbed.js";
import { LIMITS, truncate } from "../reply/limits.js";
import { NO_MENTIONS, type ActionRow, type ReplyBody } from "../reply/replyBody.js";
import { questionOption, selectRow } from "./answerRows.js";
import { encodeCustomId } from "./customId.js";
import { STATUS_COLOURS } from "./renderAnswer.js";

/**
 * `/topics` (or one topic, from the buttons under a no_match): every canonical question grouped by
 * topic, and menus of up to 25 questions each that answer the one chosen.
 */
export function renderTopics(knowledge: Knowledge, language: Language, onlyTopic?: string): ReplyBody {
  const text = catalogue(language).discord;
  const topicIds = onlyTopic !== undefined ? [onlyTopic] : topicOrder(knowledge);
  const groups = topicIds.map((id) => ({
    id,
    name: knowledge.topics[id]?.[language] ?? id,
    entries: knowledge.entries.filter((entry) => entry.topic === id),
  }));

  const fields = groups
    .filter((group) => group.entries.length > 0)
    .map((group) => ({
      name: group.name,
      value: bulletList(
        group.entries.map((e) => e.questions[language][0]!),
        text.topics.more,
      ),
    }));

  const options = groups.flatMap((group) =>
    group.entries.map((entry) => questionOption({ entryId: entry.id, question: entry.questions[language][0]! }, group.name)),
  );
  const customId = encodeCustomId({ action: "pick", language, target: "" });
  const rows: ActionRow[] = [];
  for (
    let start = 0;
    customId !== undefined && start < options.length && rows.length < LIMITS.actionRows;
    start += LIMITS.selectOptions
  ) {
    // Each menu needs its own custom_id; the suffix only keeps them apart.
    const row = selectRow(
      `${customId}${rows.length}`,
      text.menus.chooseQuestion,
      options.slice(start, start + LIMITS.selectOptions),
    );
    if (row !== undefined) rows.push(row);
  }

  const embed = fitEmbed({
    title: onlyTopic !== undefined ? (groups[0]?.name ?? text.topics.title) : text.topics.title,
    description: text.topics.intro,
    fields,
    color: STATUS_COLOURS.smalltalk,
  });
  return { embeds: [embed], components: rows, allowedMentions: NO_MENTIONS };
}

/** Topics in the order the knowledge lists them, then any an entry names that the list lacks. */
function topicOrder(knowledge: Knowledge): string[] {
  return [...new Set([...Object.keys(knowledge.topics), ...knowledge.entries.map((e) => e.topic)])];
}

/** "• question" lines that fit one field, ending with "… and N more" when they do not all fit. */
function bulletList(questions: readonly string[], more: (count: number) => string): string {
  const lines: string[] = [];
  let length = 0;
  for (const [index, question] of questions.entries()) {
    const line = `• ${truncate(question, 200)}`;
    const rest = questions.length - index - 1;
    const reserve = rest > 0 ? more(rest).length + 1 : 0;
    if (length + line.length + 1 + reserve > LIMITS.embedFieldValue) {
      lines.push(more(questions.length - index));
      break;
    }
    lines.push(line);
    length += line.length + 1;
  }
  return lines.join("\n");
}
