import type { Answerer } from "../answering/answerer.js";
import type { Logger } from "../logger.js";
import type { Cooldown } from "./cooldown.js";
import type { Votes } from "./votes.js";

/** What every command and handler gets: the core and the bot's small in-memory state. */
export interface BotContext {
  /** The current answerer; a function so that a knowledge reload can swap it without touching handlers. */
  readonly answerer: () => Answerer;
  readonly logger: Logger;
  readonly cooldown: Cooldown;
  readonly votes: Votes;
}
