import type { Language } from "../knowledge/types.js";
import { DE, DE_INTERFACE } from "./de.js";
import { EN, EN_INTERFACE } from "./en.js";
import type { CoreMessages, InterfaceMessages } from "./messages.js";

export function coreMessages(language: Language): CoreMessages {
  return language === "de" ? DE : EN;
}

export function interfaceMessages(language: Language): InterfaceMessages {
  return language === "de" ? DE_INTERFACE : EN_INTERFACE;
}
