import type { BaseInteraction } from "discord.js";
import { catalogue, type KbMessages } from "../../i18n/index.js";
import type { Language } from "../../knowledge/types.js";
import { FALLBACK_LANGUAGE, interfaceLanguage } from "../answers/locale.js";

/**
 * The language /kb speaks to a moderator: their Discord locale's, German or English (others get
 * English, Discord's default). The knowledge check's problem lines and the store's summaries stay
 * English, as `npm run kb` prints them.
 */
export function kbLanguage(interaction: Pick<BaseInteraction, "locale">): Language {
  return interfaceLanguage(interaction.locale);
}

/** Every text /kb shows this moderator. */
export function kbMessages(interaction: Pick<BaseInteraction, "locale">): KbMessages {
  return catalogue(kbLanguage(interaction)).kb;
}

/** What /kb says where no moderator's locale is known: the mod-log channel, the command's default descriptions. */
export const KB_DEFAULT_MESSAGES: KbMessages = catalogue(FALLBACK_LANGUAGE).kb;
