import type { ChatInputCommandInteraction } from "discord.js";
import { createEntryProposer } from "../../analytics/propose.js";
import type { QuestionGroup } from "../../analytics/types.js";
import { LIMITS } from "../reply/limits.js";
import { replyPrivately } from "../reply/respond.js";
import { kbMessages } from "./kbLanguage.js";
import type { KbContext, Moderation } from "./moderation.js";
import { noticeBody } from "./render.js";
import { renderUnanswered, type ReviewItem } from "./renderUnanswered.js";

const DEFAULT_DAYS = 7;
/** Read from the store before leaving out what the bot answers by now. */
const FETCHED = 25;

/**
 * `/kb unanswered [days]`: the most frequent questions the bot could not answer (similar ones
 * grouped), each with the closest entry, "add as a phrasing of it" and "new entry". Questions the
 * current knowledge answers by now (someone added them meanwhile) are left out.
 */
export async function listUnanswered(
  interaction: ChatInputCommandInteraction,
  moderation: Moderation,
  context: KbContext,
): Promise<void> {
  const text = kbMessages(interaction);
  const analytics = context.analytics;
  if (analytics?.enabled !== true) {
    await replyPrivately(interaction, noticeBody(text.unanswered.analyticsOff));
    return;
  }
  const days = interaction.options.getInteger("days") ?? DEFAULT_DAYS;
  const answerer = context.answerer();
  const groups = analytics.topUnanswered(days, FETCHED);
  const open = groups.filter((group) => isUnanswered(answerer.answer(group.example).status));
  const propose = createEntryProposer(answerer);
  // One row of buttons per question, and Discord allows five rows.
  const items = open.slice(0, LIMITS.actionRows).map((group: QuestionGroup): ReviewItem => {
    const proposal = propose(group.example);
    const topic = answerer.knowledge.entries.find((entry) => entry.id === proposal?.entryId)?.topic;
    const key = moderation.drafts.put({
      kind: "question",
      question: group.example,
      language: group.language,
      entryId: proposal?.entryId,
      topic,
    });
    return { group, proposal, key };
  });
  await replyPrivately(interaction, renderUnanswered(days, items, groups.length - open.length, text));
}

function isUnanswered(status: string): boolean {
  return status === "no_match" || status === "ambiguous";
}
