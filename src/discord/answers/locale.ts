import { LANGUAGES, type Language } from "../../knowledge/types.js";

/** Discord's own default: what clients in a locale without a catalogue see, and what commands are registered in. */
export const FALLBACK_LANGUAGE: Language = "en";

/** Interface text follows the Discord locale: "de" and "en-GB" start with their language's code. */
export function interfaceLanguage(locale: string | null | undefined): Language {
  const lower = locale?.toLowerCase() ?? "";
  return LANGUAGES.find((language) => lower.startsWith(language)) ?? FALLBACK_LANGUAGE;
}
