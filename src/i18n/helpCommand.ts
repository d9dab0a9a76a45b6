/**
 * How the core's greeting and help name the help command. The core knows no surface, so its
 * sentences name Discord's English `/help`; each surface puts its own in its place (`help` at the
 * console, `/hilfe` for a German Discord client) with `withHelpCommand`.
 */
export const CORE_HELP_COMMAND = "`/help`";

/** `text` with the core's help command replaced by `command` (written as code). */
export function withHelpCommand(text: string, command: string): string {
  return text.replaceAll(CORE_HELP_COMMAND, `\`${command}\``);
}
