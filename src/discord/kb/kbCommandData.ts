import {
  ApplicationIntegrationType,
  InteractionContextType,
  PermissionFlagsBits,
  SlashCommandBuilder,
  type LocalizationMap,
  type SlashCommandSubcommandBuilder,
} from "discord.js";
import { MAX_QUESTION_LENGTH } from "../../answering/answerer.js";
import { catalogue, type KbMessages } from "../../i18n/index.js";
import { LANGUAGES } from "../../knowledge/types.js";
import { FALLBACK_LANGUAGE } from "../answers/locale.js";

type CommandText = KbMessages["command"];

/** Any builder with a description: the command, a subcommand, an option. */
interface Describable<T> {
  setDescription(description: string): T;
  setDescriptionLocalizations(descriptions: LocalizationMap | null): T;
}

const OTHERS = LANGUAGES.filter((language) => language !== FALLBACK_LANGUAGE);

/** One text in every language but the default, as Discord takes localisations. */
const localized = (pick: (text: CommandText) => string): LocalizationMap =>
  Object.fromEntries(OTHERS.map((language) => [language, pick(catalogue(language).kb.command)]));

/**
 * The English description (what Discord falls back to) and every other language's for the clients
 * of its locale, so a German moderator reads /kb in German. Names stay English: they are typed.
 */
const described = <T extends Describable<T>>(builder: T, pick: (text: CommandText) => string): T =>
  builder.setDescription(pick(catalogue(FALLBACK_LANGUAGE).kb.command)).setDescriptionLocalizations(localized(pick));

const entry = (sub: SlashCommandSubcommandBuilder, what: (text: CommandText) => string): SlashCommandSubcommandBuilder =>
  sub.addStringOption((o) => described(o.setName("entry"), what).setRequired(true).setAutocomplete(true));

const source = (sub: SlashCommandSubcommandBuilder, required: boolean): SlashCommandSubcommandBuilder =>
  sub
    .addStringOption((o) =>
      described(o.setName("topic"), (t) => t.topic)
        .setRequired(required)
        .setAutocomplete(true),
    )
    .addIntegerOption((o) =>
      described(o.setName("paragraph"), (t) => t.paragraph)
        .setRequired(required)
        .setMinValue(1)
        .setAutocomplete(true),
    )
    .addStringOption((o) =>
      described(o.setName("quote"), (t) => t.quote)
        .setRequired(required)
        .setMaxLength(1000),
    );

/**
 * `/kb`: hidden from everyone without Manage Server (server admins can grant it to roles in the
 * server settings), only in servers. The handler checks again: see kb/access.ts.
 */
export const KB_COMMAND_DATA = described(new SlashCommandBuilder().setName("kb"), (t) => t.description)
  .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
  .setContexts(InteractionContextType.Guild)
  .setIntegrationTypes(ApplicationIntegrationType.GuildInstall)
  .addSubcommand((sub) =>
    source(
      described(sub.setName("add"), (t) => t.add),
      true,
    ).addStringOption((o) => described(o.setName("id"), (t) => t.id).setMaxLength(60)),
  )
  .addSubcommand((sub) =>
    source(
      entry(
        described(sub.setName("edit"), (t) => t.edit),
        (t) => t.entry,
      ),
      false,
    ),
  )
  .addSubcommand((sub) =>
    entry(
      described(sub.setName("remove"), (t) => t.remove),
      (t) => t.entryToRemove,
    ).addBooleanOption((o) => described(o.setName("drop-references"), (t) => t.dropReferences)),
  )
  .addSubcommand((sub) =>
    entry(
      described(sub.setName("add-question"), (t) => t.addQuestion),
      (t) => t.entry,
    )
      .addStringOption((o) =>
        described(o.setName("question"), (t) => t.question)
          .setRequired(true)
          .setMaxLength(MAX_QUESTION_LENGTH),
      )
      .addStringOption((o) =>
        described(o.setName("language"), (t) => t.language).addChoices(
          ...LANGUAGES.map((language) => ({
            name: catalogue(FALLBACK_LANGUAGE).kb.command.languageNames[language],
            name_localizations: localized((t) => t.languageNames[language]),
            value: language,
          })),
        ),
      ),
  )
  .addSubcommand((sub) =>
    entry(
      described(sub.setName("show"), (t) => t.show),
      (t) => t.entry,
    ),
  )
  .addSubcommand((sub) => described(sub.setName("reload"), (t) => t.reload))
  .addSubcommand((sub) =>
    described(sub.setName("history"), (t) => t.history).addIntegerOption((o) =>
      described(o.setName("limit"), (t) => t.limit)
        .setMinValue(1)
        .setMaxValue(25),
    ),
  )
  .addSubcommand((sub) => described(sub.setName("undo"), (t) => t.undo))
  .addSubcommand((sub) =>
    described(sub.setName("unanswered"), (t) => t.unanswered).addIntegerOption((o) =>
      described(o.setName("days"), (t) => t.days)
        .setMinValue(1)
        .setMaxValue(3650),
    ),
  )
  .addSubcommand((sub) => described(sub.setName("feedback"), (t) => t.feedback))
  .toJSON();
