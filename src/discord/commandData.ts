import { ApplicationIntegrationType, InteractionContextType, SlashCommandBuilder, type LocalizationMap } from "discord.js";
import { DE_INTERFACE } from "../i18n/de.js";
import { EN_INTERFACE } from "../i18n/en.js";
import type { CommandText, InterfaceMessages } from "../i18n/messages.js";

/** Any command or option builder: they all take a name and a description, each with localisations. */
interface Describable<T> {
  setName(name: string): T;
  setDescription(description: string): T;
  setNameLocalizations(names: LocalizationMap | null): T;
  setDescriptionLocalizations(descriptions: LocalizationMap | null): T;
}

/**
 * English name and description as the defaults (they are what Discord falls back to), German for
 * every German client, both from the i18n tables.
 */
export function localize<T extends Describable<T>>(builder: T, pick: (messages: InterfaceMessages) => CommandText): T {
  const en = pick(EN_INTERFACE);
  const de = pick(DE_INTERFACE);
  return builder
    .setName(en.name)
    .setDescription(en.description)
    .setNameLocalizations({ de: de.name })
    .setDescriptionLocalizations({ de: de.description });
}

/**
 * A slash command usable in servers and in DMs with the bot, installed with the bot into a server.
 * Both lists are set explicitly: Discord's defaults for them have changed before.
 */
export function slashCommand(pick: (messages: InterfaceMessages) => CommandText): SlashCommandBuilder {
  return localize(new SlashCommandBuilder(), pick)
    .setContexts(InteractionContextType.Guild, InteractionContextType.BotDM)
    .setIntegrationTypes(ApplicationIntegrationType.GuildInstall);
}
