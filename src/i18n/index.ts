import type { Language } from "../knowledge/types.js";
import type { Catalogue, CoreMessages } from "./catalogue.js";
import { DE } from "./de.js";
import { EN } from "./en.js";

/** One catalogue per language: a language in LANGUAGES without its catalogue does not compile. */
const CATALOGUES: Readonly<Record<Language, Catalogue>> = { de: DE, en: EN };

/** Every sentence the bot says in `language`. */
export function catalogue(language: Language): Catalogue {
  return CATALOGUES[language];
}

/** The sentences the answering core says itself. */
export function coreMessages(language: Language): CoreMessages {
  return CATALOGUES[language].core;
}

export type { Catalogue, CommandText, ConsoleMessages, CoreMessages, DiscordMessages, KbMessages } from "./catalogue.js";
export { CORE_HELP_COMMAND, withHelpCommand } from "./helpCommand.js";
