import type { ChatInputCommandInteraction } from "discord.js";
import { createEntryProposer } from "../../analytics/propose.js";
import type { QuestionGroup } from "../../analytics/types.js";
import { questionKey } from "../../knowledge/store/edits.js";
import { entriesById } from "../../knowledge/entriesById.js";
import type { Knowledge } from "../../knowledge/types.js";
import { sealFor } from "../answers/signedId.js";
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
 * grouped), each with the closest entry (its question in the language asked), "add as a phrasing
 * of it", "new entry" and "out of scope". Questions the current knowledge answers by now (someone
 * added them meanwhile) or lists as out of scope are left out.
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
  const declined = groups.filter((group) => markedOutOfScope(group, answerer.knowledge));
  const open = groups.filter((group) => !declined.includes(group) && isUnanswered(answerer.answer(group.example).status));
  const propose = createEntryProposer(answerer);
  // One row of buttons per question, and Discord allows five rows.
  const items = await Promise.all(
    open.slice(0, LIMITS.actionRows).map(async (group: QuestionGroup): Promise<ReviewItem> => {
      const proposal = propose(group.example, group.language);
      const topic = proposal === undefined ? undefined : entriesById(answerer.knowledge).get(proposal.entryId)?.topic;
      const key = await moderation.drafts.put({
        kind: "question",
        question: group.example,
        language: group.language,
        entryId: proposal?.entryId,
        topic,
      });
      return { group, proposal, key };
    }),
  );
  const leftOut = { nowAnswered: groups.length - open.length - declined.length, outOfScope: declined.length };
  const seal = sealFor(context.signer, interaction.user.id);
  await replyPrivately(interaction, renderUnanswered(days, items, leftOut, text, seal));
}

function isUnanswered(status: string): boolean {
  return status === "no_match" || status === "ambiguous";
}

/** A group one of whose wordings a moderator put on the out-of-scope list (compared as the store does). */
function markedOutOfScope(group: QuestionGroup, knowledge: Knowledge): boolean {
  const listed = new Set(knowledge.outOfScope[group.language].map(questionKey));
  return [group.example, ...group.examples].some((example) => listed.has(questionKey(example)));
}
