import { ApplicationIntegrationType, InteractionContextType, SlashCommandBuilder, type LocalizationMap } from "discord.js";
import { catalogue, type CommandText, type DiscordMessages } from "../../i18n/index.js";
import { LANGUAGES } from "../../knowledge/types.js";
import { FALLBACK_LANGUAGE } from "../answers/locale.js";

/** Any command or option builder: they all take a name and a description, each with localisations. */
interface Describable<T> {
  setName(name: string): T;
  setDescription(description: string): T;
  setNameLocalizations(names: LocalizationMap | null): T;
  setDescriptionLocalizations(descriptions: LocalizationMap | null): T;
}

/**
 * English name and description as the defaults (they are what Discord falls back to), each other
 * language's for the clients of its locale (Discord's locale code is the language's: "de"), all
 * from the catalogues.
 */
export function localize<T extends Describable<T>>(builder: T, pick: (messages: DiscordMessages) => CommandText): T {
  const fallback = pick(catalogue(FALLBACK_LANGUAGE).discord);
  const others = LANGUAGES.filter((language) => language !== FALLBACK_LANGUAGE);
  const localized = (field: keyof CommandText): LocalizationMap =>
    Object.fromEntries(others.map((language) => [language, pick(catalogue(language).discord)[field]]));
  return builder
    .setName(fallback.name)
    .setDescription(fallback.description)
    .setNameLocalizations(localized("name"))
    .setDescriptionLocalizations(localized("description"));
}

/**
 * A slash command usable in servers and in DMs with the bot, installed with the bot into a server.
 * Both lists are set explicitly: Discord's defaults for them have changed before.
 */
export function slashCommand(pick: (messages: DiscordMessages) => CommandText): SlashCommandBuilder {
  return localize(new SlashCommandBuilder(), pick)
    .setContexts(InteractionContextType.Guild, InteractionContextType.BotDM)
    .setIntegrationTypes(ApplicationIntegrationType.GuildInstall);
}
