import { ButtonStyle, ComponentType, type APIButtonComponent } from "discord.js";
import type { Proposal } from "../../analytics/propose.js";
import type { QuestionGroup } from "../../analytics/types.js";
import type { KbMessages } from "../../i18n/index.js";
import { escapeUserText } from "../reply/escape.js";
import { LIMITS, truncate } from "../reply/limits.js";
import type { ActionRow, ReplyBody } from "../reply/replyBody.js";
import type { Seal } from "../answers/signedId.js";
import { encodeKbId } from "./kbCustomId.js";
import { KB_COLOURS, kbBody, noticeBody } from "./render.js";

export interface ReviewItem {
  readonly group: QuestionGroup;
  /** The closest entry, its title in the question's language. */
  readonly proposal: Proposal | undefined;
  /** The draft behind its buttons. */
  readonly key: string;
}

/** What the list leaves out: answered by now, or marked as out of scope by a moderator. */
export interface LeftOut {
  readonly nowAnswered: number;
  readonly outOfScope: number;
}

/**
 * The answerer's confidence (Answerer.nearest's score) from which the closest entry is more
 * likely right than not: only then is "add as a phrasing" the button to press. Below, adding the
 * question to that entry is as likely a mistake as a help, and no button is put first.
 */
export const STRONG_MATCH = 0.5;

/** A question as people typed it: shortened, and unable to format or ping anything. */
const QUESTION_LENGTH = 200;

/** The review list: one numbered block per question group, one row of buttons per group, in `messages`' language. */
export function renderUnanswered(
  days: number,
  items: readonly ReviewItem[],
  leftOut: LeftOut,
  messages: KbMessages,
  seal: Seal,
): ReplyBody {
  const text = messages.unanswered;
  const notes = [
    ...(leftOut.nowAnswered > 0 ? [text.nowAnswered(leftOut.nowAnswered)] : []),
    ...(leftOut.outOfScope > 0 ? [text.outOfScopeLeftOut(leftOut.outOfScope)] : []),
  ];
  if (items.length === 0) return noticeBody([text.none(days), ...notes].join(" "));
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
    {
      title: text.title(days),
      description: blocks.join("\n\n"),
      footer: { text: [text.footer, ...notes].join(" ") },
      color: KB_COLOURS.info,
    },
    items.map((item, k) => reviewRow(item, k + 1, text, seal)),
  );
}

/**
 * "Add as a phrasing" (first, and primary for a strong match), "new entry", "out of scope": each
 * carries the draft's key, sealed for the moderator shown the list.
 */
function reviewRow({ proposal, key }: ReviewItem, rank: number, text: KbMessages["unanswered"], seal: Seal): ActionRow {
  const buttons: APIButtonComponent[] = [];
  const button = (
    action: "phrase" | "new" | "oos",
    label: string,
    style: ButtonStyle.Primary | ButtonStyle.Secondary = ButtonStyle.Secondary,
  ): void => {
    const id = encodeKbId(action, key);
    const customId = id === undefined ? undefined : seal(id);
    if (customId !== undefined)
      buttons.push({ type: ComponentType.Button, style, custom_id: customId, label: truncate(label, LIMITS.buttonLabel) });
  };
  if (proposal !== undefined) {
    const strong = proposal.score >= STRONG_MATCH;
    button("phrase", text.phrasing(rank, proposal.title), strong ? ButtonStyle.Primary : ButtonStyle.Secondary);
  }
  button("new", text.newEntry(rank));
  button("oos", text.outOfScope(rank));
  return { type: ComponentType.ActionRow, components: buttons };
}
