import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_PERMISSIONS, type InteractionHandle } from "../../support/fakeDiscord.js";
import { firstReply, kb, replyText, type KbHarness, startKbHarness } from "./kbHarness.js";

let h: KbHarness;
beforeAll(async () => {
  h = await startKbHarness();
});
afterAll(async () => {
  await h?.close();
});

const FORM = {
  questionsDe: "Wer zahlt?",
  questionsEn: "Who pays?",
  answerDe: "Das sagt der Artikel nicht.",
  answerEn: "The article does not say.",
  source: "topic: schedule\n¶3: sagte der Sprecher",
};

/** The interaction was refused privately, with a log line saying why, and the knowledge file is as it was. */
async function expectRefused(handle: InteractionHandle, before: string, reason: string, message: RegExp): Promise<void> {
  const reply = await firstReply(handle);
  expect(reply.type).toBe(4);
  expect(reply.ephemeral).toBe(true);
  expect(replyText(reply)).toMatch(message);
  expect(replyText(reply)).toMatch(/Nothing was changed\.$/);
  expect(h.logs.find((l) => l.msg === "/kb refused" && l["interactionId"] === handle.id)).toMatchObject({ level: 40, reason });
  expect(await h.file()).toBe(before);
}

describe("who may use /kb", () => {
  it("GIVEN another server, even with Manage Server THEN refused, and nothing changes", async () => {
    const before = await h.file();
    const call = kb(h, "add-question", { entry: "talks-date", question: "Wann ist es?" }, { guildId: h.otherGuild.id });
    await expectRefused(call, before, "other-server", /only in the bot's moderation server/);
  });

  it("GIVEN a DM THEN refused", async () => {
    const before = await h.file();
    await expectRefused(kb(h, "undo", {}, { dm: true }), before, "dm", /not in DMs/);
  });

  it("GIVEN a member of the moderation server without Manage Server or a moderator role THEN refused, a form is never shown", async () => {
    const before = await h.file();
    const member = { permissions: DEFAULT_PERMISSIONS };
    await expectRefused(
      kb(h, "add", { topic: "schedule", paragraph: 3, quote: "sagte der Sprecher" }, member),
      before,
      "no-permission",
      /for moderators/,
    );
    await expectRefused(kb(h, "show", { entry: "talks-date" }, member), before, "no-permission", /for moderators/);
  });

  it("GIVEN forged buttons and forms from anyone but a moderator THEN refused, the file unchanged", async () => {
    const before = await h.file();
    const inModServer = { guildId: h.modGuild.id, permissions: DEFAULT_PERMISSIONS };
    await expectRefused(
      h.fake.buttonClick({ customId: "kb:rm:talks-date", ...inModServer }),
      before,
      "no-permission",
      /for moderators/,
    );
    await expectRefused(
      h.fake.buttonClick({ customId: "kb:rmx:talks-date", guildId: h.otherGuild.id, permissions: "32" }),
      before,
      "other-server",
      /moderation server/,
    );
    await expectRefused(h.fake.modalSubmit({ customId: "kb:fa:", fields: FORM, dm: true }), before, "dm", /not in DMs/);
    await expectRefused(
      h.fake.modalSubmit({ customId: "kb:fe:talks-date", fields: FORM, ...inModServer }),
      before,
      "no-permission",
      /for moderators/,
    );
    await expectRefused(
      h.fake.buttonClick({ customId: "kb:phrase:whatever", ...inModServer }),
      before,
      "no-permission",
      /for moderators/,
    );
  });

  it("GIVEN autocomplete from someone who may not use /kb THEN no choices", async () => {
    const call = h.fake.autocomplete({
      name: "kb",
      focused: "entry",
      value: "",
      guildId: h.otherGuild.id,
      permissions: "32",
      options: [],
    });
    expect((await call.waitForCallback()).body).toEqual({ type: 8, data: { choices: [] } });
    expect(h.logs.find((l) => l.msg === "/kb refused" && l["interactionId"] === call.id)).toMatchObject({
      reason: "other-server",
    });
  });

  it("GIVEN the moderation server and Manage Server THEN accepted", async () => {
    const reply = await firstReply(
      kb(h, "add-question", { entry: "talks-date", question: "When do they talk?", language: "en" }),
    );
    expect(replyText(reply)).toMatch(/added a question \(en\) to entry "talks-date"/);
    expect(await h.file()).toContain("When do they talk?");
  });

  it("GIVEN a role from MODERATOR_ROLE_IDS without Manage Server THEN accepted, forms included", async () => {
    const withRole = { permissions: DEFAULT_PERMISSIONS, roles: [h.modRole] };
    const reply = await firstReply(
      kb(h, "add-question", { entry: "talks-date", question: "When do the envoys talk?", language: "en" }, withRole),
    );
    expect(replyText(reply)).toMatch(/added a question \(en\) to entry "talks-date"/);
    const form = await firstReply(kb(h, "edit", { entry: "talks-date" }, withRole));
    expect(form.type).toBe(9);
  });
});
