import { catalogue } from "../../i18n/index.js";
import type { Language } from "../../knowledge/types.js";

/**
 * The language /kb speaks, whatever the moderator's locale: English, like `npm run kb` and the
 * problems the knowledge check reports. /kb is a tool for the few moderators, not the public bot.
 */
export const KB_LANGUAGE: Language = "en";

/** Every text /kb shows. */
export const KB_MESSAGES = catalogue(KB_LANGUAGE).kb;
