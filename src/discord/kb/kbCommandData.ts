import {
  ApplicationIntegrationType,
  InteractionContextType,
  PermissionFlagsBits,
  SlashCommandBuilder,
  type SlashCommandSubcommandBuilder,
} from "discord.js";
import { MAX_QUESTION_LENGTH } from "../../answering/answerer.js";
import { KB_MESSAGES } from "./messages.js";

const entry = (sub: SlashCommandSubcommandBuilder, what: string): SlashCommandSubcommandBuilder =>
  sub.addStringOption((o) => o.setName("entry").setDescription(what).setRequired(true).setAutocomplete(true));

const source = (sub: SlashCommandSubcommandBuilder, required: boolean): SlashCommandSubcommandBuilder =>
  sub
    .addStringOption((o) => o.setName("topic").setDescription("The entry's topic").setRequired(required).setAutocomplete(true))
    .addIntegerOption((o) =>
      o
        .setName("paragraph")
        .setDescription("The paragraph (¶) the answer rests on")
        .setRequired(required)
        .setMinValue(1)
        .setAutocomplete(true),
    )
    .addStringOption((o) =>
      o
        .setName("quote")
        .setDescription("The exact words of that paragraph the answer rests on")
        .setRequired(required)
        .setMaxLength(1000),
    );

/**
 * `/kb`: hidden from everyone without Manage Server (server admins can grant it to roles in the
 * server settings), only in servers. The handler checks again: see kb/access.ts.
 */
export const KB_COMMAND_DATA = new SlashCommandBuilder()
  .setName("kb")
  .setDescription(KB_MESSAGES.commandDescription)
  .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
  .setContexts(InteractionContextType.Guild)
  .setIntegrationTypes(ApplicationIntegrationType.GuildInstall)
  .addSubcommand((sub) =>
    source(
      sub.setName("add").setDescription("Add an entry: topic and source here, questions and answers in a form"),
      true,
    ).addStringOption((o) =>
      o
        .setName("id")
        .setDescription("The new entry's id (kebab-case); made from its first question if left out")
        .setMaxLength(60),
    ),
  )
  .addSubcommand((sub) =>
    source(
      entry(
        sub.setName("edit").setDescription("Edit an entry in a form; options given replace its topic or source"),
        "The entry",
      ),
      false,
    ),
  )
  .addSubcommand((sub) =>
    entry(sub.setName("remove").setDescription("Remove an entry (asks to confirm)"), "The entry to remove").addBooleanOption(
      (o) => o.setName("drop-references").setDescription("Also remove it from other entries' related lists"),
    ),
  )
  .addSubcommand((sub) =>
    entry(sub.setName("add-question").setDescription("Add another phrasing to an entry"), "The entry")
      .addStringOption((o) =>
        o.setName("question").setDescription("The new phrasing").setRequired(true).setMaxLength(MAX_QUESTION_LENGTH),
      )
      .addStringOption((o) =>
        o
          .setName("language")
          .setDescription("The phrasing's language (detected if left out)")
          .addChoices({ name: "German", value: "de" }, { name: "English", value: "en" }),
      ),
  )
  .addSubcommand((sub) => entry(sub.setName("show").setDescription("Show an entry as it is written in the file"), "The entry"))
  .addSubcommand((sub) => sub.setName("reload").setDescription("Load the knowledge file now and show what the check says"))
  .addSubcommand((sub) =>
    sub
      .setName("history")
      .setDescription("The last changes: who, when, what")
      .addIntegerOption((o) => o.setName("limit").setDescription("How many (default 10)").setMinValue(1).setMaxValue(25)),
  )
  .addSubcommand((sub) => sub.setName("undo").setDescription("Restore the version before the last change"))
  .addSubcommand((sub) =>
    sub
      .setName("unanswered")
      .setDescription("The questions asked most that the bot could not answer")
      .addIntegerOption((o) =>
        o.setName("days").setDescription("Of the last N days (default 7)").setMinValue(1).setMaxValue(3650),
      ),
  )
  .addSubcommand((sub) => sub.setName("feedback").setDescription("Entries by 👎"))
  .toJSON();
