import type { Command } from "../src/discord/interactions/command.js";
import { ask } from "./ask.js";
import { help } from "./help.js";
import { kb } from "./kb.js";
import { source } from "./source.js";
import { topics } from "./topics.js";

/** Every command (the moderators' /kb last), in the order `/help` and the deploy output list them; the runtime and the deploy script read this one list. */
export const COMMANDS: readonly Command[] = [ask, topics, source, help, kb];

export type { Command, CommandScope } from "../src/discord/interactions/command.js";
