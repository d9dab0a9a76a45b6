import {
  ApplicationIntegrationType,
  InteractionContextType,
  PermissionFlagsBits,
  SlashCommandBuilder,
  type SlashCommandSubcommandBuilder,
} from "discord.js";
import { MAX_QUESTION_LENGTH } from "../../answering/answerer.js";
import { LANGUAGES } from "../../knowledge/types.js";
import { KB_MESSAGES } from "./kbLanguage.js";

const text = KB_MESSAGES.command;

const entry = (sub: SlashCommandSubcommandBuilder, what: string): SlashCommandSubcommandBuilder =>
  sub.addStringOption((o) => o.setName("entry").setDescription(what).setRequired(true).setAutocomplete(true));

const source = (sub: SlashCommandSubcommandBuilder, required: boolean): SlashCommandSubcommandBuilder =>
  sub
    .addStringOption((o) => o.setName("topic").setDescription(text.topic).setRequired(required).setAutocomplete(true))
    .addIntegerOption((o) =>
      o.setName("paragraph").setDescription(text.paragraph).setRequired(required).setMinValue(1).setAutocomplete(true),
    )
    .addStringOption((o) => o.setName("quote").setDescription(text.quote).setRequired(required).setMaxLength(1000));

/**
 * `/kb`: hidden from everyone without Manage Server (server admins can grant it to roles in the
 * server settings), only in servers. The handler checks again: see kb/access.ts.
 */
export const KB_COMMAND_DATA = new SlashCommandBuilder()
  .setName("kb")
  .setDescription(text.description)
  .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
  .setContexts(InteractionContextType.Guild)
  .setIntegrationTypes(ApplicationIntegrationType.GuildInstall)
  .addSubcommand((sub) =>
    source(sub.setName("add").setDescription(text.add), true).addStringOption((o) =>
      o.setName("id").setDescription(text.id).setMaxLength(60),
    ),
  )
  .addSubcommand((sub) => source(entry(sub.setName("edit").setDescription(text.edit), text.entry), false))
  .addSubcommand((sub) =>
    entry(sub.setName("remove").setDescription(text.remove), text.entryToRemove).addBooleanOption((o) =>
      o.setName("drop-references").setDescription(text.dropReferences),
    ),
  )
  .addSubcommand((sub) =>
    entry(sub.setName("add-question").setDescription(text.addQuestion), text.entry)
      .addStringOption((o) =>
        o.setName("question").setDescription(text.question).setRequired(true).setMaxLength(MAX_QUESTION_LENGTH),
      )
      .addStringOption((o) =>
        o
          .setName("language")
          .setDescription(text.language)
          .addChoices(...LANGUAGES.map((language) => ({ name: text.languageNames[language], value: language }))),
      ),
  )
  .addSubcommand((sub) => entry(sub.setName("show").setDescription(text.show), text.entry))
  .addSubcommand((sub) => sub.setName("reload").setDescription(text.reload))
  .addSubcommand((sub) =>
    sub
      .setName("history")
      .setDescription(text.history)
      .addIntegerOption((o) => o.setName("limit").setDescription(text.limit).setMinValue(1).setMaxValue(25)),
  )
  .addSubcommand((sub) => sub.setName("undo").setDescription(text.undo))
  .addSubcommand((sub) =>
    sub
      .setName("unanswered")
      .setDescription(text.unanswered)
      .addIntegerOption((o) => o.setName("days").setDescription(text.days).setMinValue(1).setMaxValue(3650)),
  )
  .addSubcommand((sub) => sub.setName("feedback").setDescription(text.feedback))
  .toJSON();
