import type { AnalyticsStore } from "../../analytics/types.js";
import type { Answerer } from "../../answering/answerer.js";
import type { Logger } from "../../runtime/logger.js";
import type { ComponentSigner } from "../answers/signedId.js";
import type { Moderation } from "../kb/moderation.js";
import type { Cooldown } from "./cooldown.js";
import type { Votes } from "./votes.js";

/** What every command and handler gets: the core and the bot's small in-memory state. */
export interface BotContext {
  /** The current answerer; a function so that a knowledge reload can swap it without touching handlers. */
  readonly answerer: () => Answerer;
  readonly logger: Logger;
  readonly cooldown: Cooldown;
  readonly votes: Votes;
  /** Signs (and checks) the custom ids that carry a reference to someone's question or draft. */
  readonly signer: ComponentSigner;
  /** Unanswered questions and votes (a no-op store with ANALYTICS=off); absent: nothing is recorded. */
  readonly analytics?: AnalyticsStore;
  /** The moderators' /kb; absent when the bot follows no knowledge file it may edit (then /kb refuses). */
  readonly moderation?: Moderation;
}
