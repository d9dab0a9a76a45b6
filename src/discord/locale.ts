import type { Language } from "../knowledge/types.js";

/** Interface text follows the Discord locale: every German locale gets German, all others English. */
export function interfaceLanguage(locale: string | null | undefined): Language {
  return locale?.toLowerCase().startsWith("de") === true ? "de" : "en";
}
