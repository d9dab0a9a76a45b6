import type { Language } from "../answering/types.js";
import { DE } from "./de.js";
import { EN } from "./en.js";
import type { CoreMessages } from "./messages.js";

export function coreMessages(language: Language): CoreMessages {
  return language === "de" ? DE : EN;
}
