import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EMPTY_FORM } from "../../../src/discord/kb/entryForm.js";
import { KB_COMMAND_DATA } from "../../../src/discord/kb/kbCommandData.js";
import { KB_ACTIONS } from "../../../src/discord/kb/kbCustomId.js";
import { knowledgeHistory } from "../../../src/knowledge/store/store.js";
import type { Language } from "../../../src/knowledge/types.js";
import { hostileText } from "../../hardening/support/hostileStrings.js";
import {
  ADMINISTRATOR_PERMISSIONS,
  type FakeUser,
  type InteractionHandle,
  type InteractionPlace,
  type JsonObject,
} from "../../support/fakeDiscord.js";
import { MANAGE_SERVER, firstReply, replyText, startKbHarness, type KbHarness } from "./kbHarness.js";

/**
 * Issue 6 §3: the moderators' /kb cannot be reached from another server, a DM, or by a member
 * without Manage Server or a moderator role, WHATEVER the interaction carries. Generated here:
 * every subcommand (and made-up ones) with odd options, autocomplete, buttons, menus and forms
 * with forged custom ids, from each of those three places. Each must be refused privately (an
 * autocomplete gets no choices), logged with the reason, and leave the knowledge file byte for
 * byte as it was with no history record.
 */
const RUNS = 1000;

let h: KbHarness;
let users: FakeUser[];
beforeAll(async () => {
  h = await startKbHarness();
  users = [h.fake.user, h.fake.makeUser(), h.fake.makeUser()];
});
afterAll(async () => {
  await h?.close();
});

type Reason = "dm" | "other-server" | "no-permission";
/** /kb speaks the locale's language: German to a German client, English to every other. */
const REFUSAL: Record<Language, Record<Reason | "nothingChanged", RegExp>> = {
  en: {
    dm: /not in DMs/,
    "other-server": /only in the bot's moderation server/,
    "no-permission": /for moderators/,
    nothingChanged: /Nothing was changed\.$/,
  },
  de: {
    dm: /nicht in Direktnachrichten/,
    "other-server": /nur in den Moderationsservern/,
    "no-permission": /für Moderatoren/,
    nothingChanged: /Es wurde nichts geändert\.$/,
  },
};

interface Forged {
  readonly kind: "command" | "autocomplete" | "button" | "menu" | "form";
  /** What was forged, for a counterexample. */
  readonly what: unknown;
  send(place: InteractionPlace): InteractionHandle;
}

interface Case {
  readonly reason: Reason;
  readonly place: InteractionPlace;
  readonly forged: Forged;
}

const SUBCOMMANDS = (KB_COMMAND_DATA.options ?? []).map((option) => option.name);
const OPTION_NAMES = [
  ...new Set((KB_COMMAND_DATA.options ?? []).flatMap((sub) => ("options" in sub ? (sub.options ?? []) : []).map((o) => o.name))),
];
const ENTRY_IDS = ["talks-date", "speaker-quote", "speaker-who", "no-such-entry"];
/** A form that a moderator's submit would save. */
const VALID_FORM = {
  questionsDe: "Wer zahlt?",
  questionsEn: "Who pays?",
  answerDe: "Das sagt der Artikel nicht.",
  answerEn: "The article does not say.",
  source: "topic: schedule\n¶3: sagte der Sprecher",
};

const MANAGE_GUILD = 1n << 5n;
const ADMINISTRATOR = 1n << 3n;

function cases(h: KbHarness): fc.Arbitrary<Case> {
  const snowflakeId = fc.bigInt({ min: 1n << 32n, max: (1n << 62n) - 1n }).map(String);
  const anyPermissions = fc.oneof(
    fc.constant(MANAGE_SERVER),
    fc.constant(ADMINISTRATOR_PERMISSIONS),
    fc.bigInt({ min: 0n, max: (1n << 51n) - 1n }).map(String),
  );
  const anyRoles = fc.subarray([h.modRole, h.modGuild.id, h.otherGuild.id, "1", "0"]);
  const user = fc.constantFrom(...users);
  const locale = fc.constantFrom("en-US", "de", "fr", "ja", "xx");

  const place: fc.Arbitrary<{ reason: Reason; place: InteractionPlace }> = fc.oneof(
    // Another server: every permission there, even the moderator role's id, counts for nothing.
    fc.record({ permissions: anyPermissions, roles: anyRoles, user, locale }).map((who) => ({
      reason: "other-server" as const,
      place: { guildId: h.otherGuild.id, ...who },
    })),
    // A DM, whatever it claims.
    fc.record({ permissions: anyPermissions, roles: anyRoles, user, locale }).map((who) => ({
      reason: "dm" as const,
      place: { dm: true, ...who },
    })),
    // The moderation server, without Manage Server (nor Administrator, which implies it) or a moderator role.
    fc
      .record({
        permissions: fc.bigInt({ min: 0n, max: (1n << 51n) - 1n }).map((bits) => String(bits & ~(MANAGE_GUILD | ADMINISTRATOR))),
        roles: fc.array(fc.oneof(snowflakeId, fc.constant(h.modGuild.id)), { maxLength: 3 }),
        user,
        locale,
      })
      .map((who) => ({ reason: "no-permission" as const, place: { guildId: h.modGuild.id, ...who } })),
  );

  const value = fc.oneof(
    { weight: 3, arbitrary: hostileText },
    { weight: 2, arbitrary: fc.constantFrom(...ENTRY_IDS, "schedule", "sagte der Sprecher", "de", "en") },
    { weight: 1, arbitrary: fc.integer() },
    { weight: 1, arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }) },
    { weight: 1, arbitrary: fc.boolean() },
  );
  const option = fc.record({
    name: fc.oneof(
      { weight: 4, arbitrary: fc.constantFrom(...OPTION_NAMES) },
      { weight: 1, arbitrary: fc.string({ maxLength: 32 }) },
    ),
    // String, integer, boolean, user, channel, role, mentionable, number, attachment.
    type: fc.constantFrom(3, 4, 5, 6, 7, 8, 9, 10, 11),
    value,
  });
  const options = fc.array(option, { maxLength: 6 });
  const subcommand = fc.oneof(
    { weight: 5, arbitrary: fc.constantFrom(...SUBCOMMANDS) },
    { weight: 1, arbitrary: fc.string({ maxLength: 32 }) },
  );
  // What a moderator would send: each of these changes the file, opens a form or shows data.
  const wellFormed = fc.constantFrom<JsonObject[]>(
    [
      {
        name: "add-question",
        type: 1,
        options: [
          { name: "entry", type: 3, value: "talks-date" },
          { name: "question", type: 3, value: "Wann ist es?" },
        ],
      },
    ],
    [
      {
        name: "remove",
        type: 1,
        options: [
          { name: "entry", type: 3, value: "speaker-quote" },
          { name: "drop-references", type: 5, value: true },
        ],
      },
    ],
    [{ name: "undo", type: 1, options: [] }],
    [{ name: "edit", type: 1, options: [{ name: "entry", type: 3, value: "talks-date" }] }],
    [
      {
        name: "add",
        type: 1,
        options: [
          { name: "topic", type: 3, value: "schedule" },
          { name: "paragraph", type: 4, value: 3 },
          { name: "quote", type: 3, value: "sagte der Sprecher" },
        ],
      },
    ],
    [{ name: "show", type: 1, options: [{ name: "entry", type: 3, value: "talks-date" }] }],
    [{ name: "history", type: 1, options: [] }],
    [{ name: "unanswered", type: 1, options: [{ name: "days", type: 4, value: 3650 }] }],
    [{ name: "feedback", type: 1, options: [] }],
    [{ name: "reload", type: 1, options: [] }],
  );
  const commandOptions: fc.Arbitrary<JsonObject[]> = fc.oneof(
    { weight: 3, arbitrary: wellFormed },
    { weight: 6, arbitrary: fc.tuple(subcommand, options).map(([name, opts]) => [{ name, type: 1, options: opts }]) },
    // A subcommand group, which /kb does not have.
    {
      weight: 1,
      arbitrary: fc
        .tuple(fc.string({ maxLength: 32 }), subcommand, options)
        .map(([group, name, opts]) => [{ name: group, type: 2, options: [{ name, type: 1, options: opts }] }]),
    },
    // No subcommand at all.
    { weight: 1, arbitrary: options },
  );

  const action = fc.oneof(
    { weight: 5, arbitrary: fc.constantFrom(...KB_ACTIONS) },
    { weight: 1, arbitrary: fc.string({ maxLength: 10 }) },
  );
  const arg = fc.oneof(
    { weight: 2, arbitrary: fc.constantFrom("", ...ENTRY_IDS, "0", "a:b:c") },
    { weight: 2, arbitrary: hostileText },
  );
  const customId = fc.oneof(
    {
      weight: 2,
      arbitrary: fc.constantFrom("kb:rm:talks-date", "kb:rmx:speaker-quote", "kb:fa:", "kb:fe:talks-date", "kb:cancel:"),
    },
    // Mostly within Discord's 100 characters; sometimes past them.
    {
      weight: 5,
      arbitrary: fc
        .tuple(action, arg, fc.boolean())
        .map(([a, g, long]) => (long ? `kb:${a}:${g}` : `kb:${a}:${g}`.slice(0, 100))),
    },
  );
  const fields = fc.oneof(
    fc.constant(VALID_FORM),
    fc.constant({ ...EMPTY_FORM }),
    fc.dictionary(fc.oneof(fc.constantFrom(...Object.keys(EMPTY_FORM)), fc.string({ maxLength: 20 })), hostileText, {
      maxKeys: 7,
    }),
  );

  const forged: fc.Arbitrary<Forged> = fc.oneof(
    {
      weight: 3,
      arbitrary: commandOptions.map((opts): Forged => ({
        kind: "command",
        what: opts,
        send: (p) => h.fake.slashCommand({ name: "kb", options: opts, ...p }),
      })),
    },
    {
      weight: 2,
      arbitrary: fc
        .tuple(commandOptions, fc.constantFrom(...OPTION_NAMES, "x"), hostileText)
        .map(([opts, focused, typed]): Forged => ({
          kind: "autocomplete",
          what: { opts, focused, typed },
          send: (p) => h.fake.autocomplete({ name: "kb", options: opts, focused, value: typed, ...p }),
        })),
    },
    {
      weight: 2,
      arbitrary: customId.map((id): Forged => ({
        kind: "button",
        what: id,
        send: (p) => h.fake.buttonClick({ customId: id, ...p }),
      })),
    },
    {
      weight: 1,
      arbitrary: fc
        .tuple(customId, fc.array(fc.oneof(fc.constantFrom(...ENTRY_IDS), hostileText), { maxLength: 3 }))
        .map(([id, values]): Forged => ({
          kind: "menu",
          what: { id, values },
          send: (p) => h.fake.selectMenu({ customId: id, values, ...p }),
        })),
    },
    {
      weight: 2,
      arbitrary: fc
        .tuple(fc.oneof(fc.constantFrom("kb:fa:", "kb:fa:who-pays", "kb:fe:talks-date", "kb:fe:no-such-entry"), customId), fields)
        .map(([id, values]): Forged => ({
          kind: "form",
          what: { id, values },
          send: (p) => h.fake.modalSubmit({ customId: id, fields: values, ...p }),
        })),
    },
  );

  return fc.record({ at: place, forged }).map(({ at, forged }) => ({ reason: at.reason, place: at.place, forged }));
}

describe("/kb against forged interactions (fast-check)", () => {
  it(`GIVEN ${RUNS} generated /kb commands, autocompletes, buttons, menus and forms from another server, a DM or a member without permission THEN each is refused privately and nothing changes`, async () => {
    const before = await h.file();
    const mark = h.fake.mark();
    const firstLog = h.logs.length;
    const handles: InteractionHandle[] = [];
    const tried = { command: 0, autocomplete: 0, button: 0, menu: 0, form: 0 };
    const reasons = { dm: 0, "other-server": 0, "no-permission": 0 };

    await fc.assert(
      fc.asyncProperty(cases(h), async ({ reason, place, forged }) => {
        const handle = forged.send(place);
        handles.push(handle);
        tried[forged.kind] += 1;
        reasons[reason] += 1;
        if (forged.kind === "autocomplete") {
          expect((await handle.waitForCallback()).body).toEqual({ type: 8, data: { choices: [] } });
        } else {
          const reply = await firstReply(handle);
          expect(reply.type).toBe(4);
          expect(reply.ephemeral).toBe(true);
          const language = place.locale === "de" ? "de" : "en";
          expect(replyText(reply)).toMatch(REFUSAL[language][reason]);
          expect(replyText(reply)).toMatch(REFUSAL[language].nothingChanged);
        }
        expect(h.logs.find((l) => l.msg === "/kb refused" && l["interactionId"] === handle.id)).toMatchObject({
          level: 40,
          reason,
        });
        expect(await h.file()).toBe(before);
        expect(await knowledgeHistory({ dataDir: h.copy.dataDir })).toEqual([]);
      }),
      { numRuns: RUNS },
    );

    // Each got its one refusal and nothing after it: no form, no follow-up, no edit, nothing posted
    // anywhere else (the mod-log channel included), and nothing failed on the way.
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(handles.filter((handle) => handle.requests().length !== 1).map((handle) => handle.payload)).toEqual([]);
    expect(h.fake.requests(mark).filter((request) => !request.path.startsWith("/interactions/"))).toEqual([]);
    expect(h.logs.slice(firstLog).filter((line) => line.level >= 50)).toEqual([]);
    expect(await h.file()).toBe(before);
    expect(Object.values(tried).every((count) => count > 0)).toBe(true);
    expect(Object.values(reasons).every((count) => count > 0)).toBe(true);
    console.info(`forged /kb interactions: ${JSON.stringify(tried)}, from ${JSON.stringify(reasons)}`);
  }, 60_000);
});
