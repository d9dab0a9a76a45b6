import type {
  AutocompleteInteraction,
  ChatInputCommandInteraction,
  RESTPostAPIChatInputApplicationCommandsJSONBody,
} from "discord.js";
import type { BotContext } from "./context.js";

/**
 * `public` commands go to every server (or the development server); `moderation` commands only to
 * the moderation servers, because the knowledge they change is shared by every server.
 */
export type CommandScope = "public" | "moderation";

export interface Command {
  readonly scope: CommandScope;
  /** What `deploy-commands` registers; `data.name` is what interactions are routed by. */
  readonly data: RESTPostAPIChatInputApplicationCommandsJSONBody;
  execute(interaction: ChatInputCommandInteraction, context: BotContext): Promise<void>;
  autocomplete?(interaction: AutocompleteInteraction, context: BotContext): Promise<void>;
}
