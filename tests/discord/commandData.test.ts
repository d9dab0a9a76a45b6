import {
  ApplicationCommandOptionType,
  ApplicationIntegrationType,
  InteractionContextType,
  PermissionFlagsBits,
} from "discord.js";
import { describe, expect, it } from "vitest";
import { COMMANDS } from "../../commands/index.js";

const PUBLIC = COMMANDS.filter((c) => c.scope === "public");

describe("command data", () => {
  it("GIVEN the command list THEN has /ask, /topics, /source and /help, all public, and the moderators' /kb", () => {
    expect(COMMANDS.map((c) => [c.data.name, c.scope])).toEqual([
      ["ask", "public"],
      ["topics", "public"],
      ["source", "public"],
      ["help", "public"],
      ["kb", "moderation"],
    ]);
  });

  it("GIVEN any public command THEN it is usable in servers and bot DMs, installed with the bot, and localised in German", () => {
    for (const { data } of PUBLIC) {
      expect(data.contexts).toEqual([InteractionContextType.Guild, InteractionContextType.BotDM]);
      expect(data.integration_types).toEqual([ApplicationIntegrationType.GuildInstall]);
      expect(data.name_localizations?.de).toMatch(/^[\p{Ll}\p{N}_-]{1,32}$/u);
      expect(data.description.length).toBeLessThanOrEqual(100);
      expect(data.description_localizations?.de?.length).toBeLessThanOrEqual(100);
    }
    expect(PUBLIC.map((c) => c.data.name_localizations?.de)).toEqual(["frage", "themen", "quelle", "hilfe"]);
  });

  it("GIVEN /ask THEN question is required, autocompleted and length-capped, and public is an optional boolean", () => {
    const ask = COMMANDS.find((c) => c.data.name === "ask")!;
    expect(ask.autocomplete).toBeTypeOf("function");
    expect(ask.data.options).toEqual([
      expect.objectContaining({
        name: "question",
        name_localizations: { de: "frage" },
        type: ApplicationCommandOptionType.String,
        required: true,
        autocomplete: true,
        max_length: 500,
      }),
      expect.objectContaining({
        name: "public",
        name_localizations: { de: "öffentlich" },
        type: ApplicationCommandOptionType.Boolean,
        required: false,
      }),
    ]);
  });

  it("GIVEN /source THEN paragraph is an optional integer from 1", () => {
    const source = COMMANDS.find((c) => c.data.name === "source")!;
    expect(source.data.options).toEqual([
      expect.objectContaining({ name: "paragraph", type: ApplicationCommandOptionType.Integer, min_value: 1, required: false }),
    ]);
  });

  it("GIVEN /kb THEN servers only, hidden behind Manage Server, with every subcommand within Discord's limits", () => {
    const kb = COMMANDS.find((c) => c.data.name === "kb")!;
    expect(kb.data.contexts).toEqual([InteractionContextType.Guild]);
    expect(kb.data.integration_types).toEqual([ApplicationIntegrationType.GuildInstall]);
    expect(kb.data.default_member_permissions).toBe(PermissionFlagsBits.ManageGuild.toString());
    expect(kb.autocomplete).toBeTypeOf("function");
    const subcommands = kb.data.options ?? [];
    expect(subcommands.map((s) => s.name)).toEqual([
      "add",
      "edit",
      "remove",
      "add-question",
      "show",
      "reload",
      "history",
      "undo",
      "unanswered",
      "feedback",
    ]);
    for (const sub of subcommands) {
      expect(sub.type).toBe(ApplicationCommandOptionType.Subcommand);
      expect(sub.description.length).toBeLessThanOrEqual(100);
    }
    expect(subcommands[0]).toMatchObject({
      options: [
        expect.objectContaining({ name: "topic", required: true, autocomplete: true }),
        expect.objectContaining({ name: "paragraph", required: true, autocomplete: true, min_value: 1 }),
        expect.objectContaining({ name: "quote", required: true }),
        expect.objectContaining({ name: "id", required: false }),
      ],
    });
  });

  it("GIVEN /kb THEN a German client reads it in German: the command, every subcommand, option and choice, within 100 characters", () => {
    const kb = COMMANDS.find((c) => c.data.name === "kb")!;
    expect(kb.data.description_localizations?.de).toBe("Moderation: das Wissen ändern, aus dem jeder Server beantwortet wird");
    type Described = { description: string; description_localizations?: Record<string, string> | null; options?: Described[] };
    const all = (items: readonly Described[]): Described[] => items.flatMap((item) => [item, ...all(item.options ?? [])]);
    const described = all((kb.data.options ?? []) as Described[]);
    expect(described.length).toBeGreaterThan(20);
    for (const item of described) {
      expect(item.description.length).toBeLessThanOrEqual(100);
      expect(item.description_localizations?.de?.length ?? 0).toBeGreaterThan(0);
      expect(item.description_localizations?.de?.length).toBeLessThanOrEqual(100);
      expect(item.description_localizations?.de).not.toBe(item.description);
    }
    const language = described.find((item) => ((item as { choices?: unknown[] }).choices?.length ?? 0) > 0) as unknown as {
      choices: { name: string; name_localizations: Record<string, string> }[];
    };
    expect(language.choices.map((c) => [c.name, c.name_localizations.de])).toEqual([
      ["German", "Deutsch"],
      ["English", "Englisch"],
    ]);
  });
});
