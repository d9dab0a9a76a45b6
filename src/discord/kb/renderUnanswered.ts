import { ButtonStyle, ComponentType, type APIButtonComponent } from "discord.js";
import type { Proposal } from "../../analytics/propose.js";
import type { QuestionGroup } from "../../analytics/types.js";
import type { KbMessages } from "../../i18n/index.js";
import { escapeUserText } from "../reply/escape.js";
import { LIMITS, truncate } from "../reply/limits.js";
import type { ActionRow, ReplyBody } from "../reply/replyBody.js";
import { encodeKbId } from "./kbCustomId.js";
import { KB_COLOURS, kbBody, noticeBody } from "./render.js";

export interface ReviewItem {
  readonly group: QuestionGroup;
  readonly proposal: Proposal | undefined;
  /** The draft behind its buttons. */
  readonly key: string;
}

/** A question as people typed it: shortened, and unable to format or ping anything. */
const QUESTION_LENGTH = 200;

/** The review list: one numbered block per question group, one row of buttons per group, in `messages`' language. */
export function renderUnanswered(
  days: number,
  items: readonly ReviewItem[],
  nowAnswered: number,
  messages: KbMessages,
): ReplyBody {
  const text = messages.unanswered;
  const footer = nowAnswered > 0 ? `${text.footer} ${text.nowAnswered(nowAnswered)}` : text.footer;
  if (items.length === 0)
    return noticeBody(nowAnswered > 0 ? `${text.none(days)} ${text.nowAnswered(nowAnswered)}` : text.none(days));
  const blocks = items.map(({ group, proposal }, k) => {
    const quoted = (question: string): string => escapeUserText(truncate(question, QUESTION_LENGTH));
    const others = group.examples.filter((example) => example !== group.example).map((q) => `“${quoted(q)}”`);
    return [
      text.line(k + 1, group.count, quoted(group.example), group.language),
      ...(others.length > 0 ? [text.also(others.join(", "))] : []),
      proposal === undefined ? text.noClosest : text.closest(proposal.entryId, escapeUserText(proposal.title), proposal.score),
    ].join("\n");
  });
  return kbBody(
    { title: text.title(days), description: blocks.join("\n\n"), footer: { text: footer }, color: KB_COLOURS.info },
    items.map((item, k) => reviewRow(item, k + 1, text)),
  );
}

function reviewRow({ proposal, key }: ReviewItem, rank: number, text: KbMessages["unanswered"]): ActionRow {
  const buttons: APIButtonComponent[] = [];
  const phrase = encodeKbId("phrase", key);
  const fresh = encodeKbId("new", key);
  if (proposal !== undefined && phrase !== undefined) {
    const label = truncate(text.phrasing(rank, proposal.title), LIMITS.buttonLabel);
    buttons.push({ type: ComponentType.Button, style: ButtonStyle.Primary, custom_id: phrase, label });
  }
  if (fresh !== undefined) {
    buttons.push({ type: ComponentType.Button, style: ButtonStyle.Secondary, custom_id: fresh, label: text.newEntry(rank) });
  }
  return { type: ComponentType.ActionRow, components: buttons };
}
