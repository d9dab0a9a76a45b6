import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ask, buttons, firstReply, formValues, kb, replyText, type KbHarness, startKbHarness } from "./kbHarness.js";

let h: KbHarness;
beforeAll(async () => {
  h = await startKbHarness();
});
afterAll(async () => {
  await h?.close();
});

const NEW_ENTRY = {
  questionsDe: "Wer spricht für die Regierung?\nwer ist der regierungssprecher",
  questionsEn: "Who speaks for the government?",
  answerDe: "Ein Sprecher, laut Artikel.",
  answerEn: "A spokesperson, says the article.",
};

describe("/kb add and edit: a form, validated like kb:check", () => {
  it("GIVEN /kb add with topic, paragraph and quote THEN a form; submitted THEN the entry is in the file and /ask answers it within 2 s", async () => {
    const form = await firstReply(kb(h, "add", { topic: "schedule", paragraph: 3, quote: "sagte der Sprecher" }));
    expect(form.type).toBe(9);
    expect(form.data["custom_id"]).toBe("kb:fa:");
    expect(formValues(form)).toEqual({
      questionsDe: "",
      questionsEn: "",
      answerDe: "",
      answerEn: "",
      source: "topic: schedule\n¶3: sagte der Sprecher",
    });

    const submitted = Date.now();
    const submit = h.fake.modalSubmit({
      customId: "kb:fa:",
      fields: { ...NEW_ENTRY, source: "topic: schedule\n¶3: sagte der Sprecher" },
      guildId: h.modGuild.id,
      permissions: "32",
    });
    const saved = await firstReply(submit);
    expect(saved.ephemeral).toBe(true);
    expect(saved.data["allowed_mentions"]).toEqual({ parse: [], replied_user: false });
    expect(replyText(saved)).toMatch(/Saved as change #\d+: added entry "who-speaks-for-the-government"\.\nIt is live now/);
    expect(await h.file()).toContain("- id: who-speaks-for-the-government");
    expect(await ask(h, "Who speaks for the government?")).toMatchObject({ description: "A spokesperson, says the article." });
    expect(Date.now() - submitted).toBeLessThan(2000);

    const history = replyText(await firstReply(kb(h, "history")));
    expect(history).toContain(`discord:${h.fake.user.id}`);
    expect(history).toContain('added entry "who-speaks-for-the-government"');
  });

  it("GIVEN a form the check refuses THEN the problems as kb:check prints them and a button that reopens the form with what was typed", async () => {
    const before = await h.file();
    const typed = { ...NEW_ENTRY, questionsEn: "Who is in charge?", source: "topic: schedule\n¶3: words the article never says" };
    const refused = await firstReply(
      h.fake.modalSubmit({ customId: "kb:fa:", fields: typed, guildId: h.modGuild.id, permissions: "32" }),
    );
    const text = replyText(refused);
    expect(text).toMatch(/^Not saved: 3 problems/);
    expect(text).toMatch(/qa\.yaml, in the proposed entry "who-is-in-charge" citations\[0\]\.quote: not found in ¶3/);
    expect(text).toMatch(/questions\.de\[0\]: question also listed under entry "who-speaks-for-the-government"/);
    expect(text).not.toMatch(/warning/);
    expect(text).toContain("The knowledge file was not changed.");
    expect(await h.file()).toBe(before);

    const [reopen] = buttons(refused);
    expect(reopen).toMatchObject({
      label: "Reopen the form",
      custom_id: expect.stringMatching(/^kb:reopen:[\w-]{8}~[\w-]{16}$/),
    });
    const again = await firstReply(
      h.fake.buttonClick({ customId: reopen!.custom_id, guildId: h.modGuild.id, permissions: "32" }),
    );
    expect(again.type).toBe(9);
    expect(again.data["custom_id"]).toBe("kb:fa:");
    expect(formValues(again)).toEqual(typed);
  });

  it("GIVEN a source line that is neither a topic nor a quote THEN refused with the line named, nothing written", async () => {
    const before = await h.file();
    const refused = await firstReply(
      h.fake.modalSubmit({
        customId: "kb:fa:",
        fields: { ...NEW_ENTRY, questionsEn: "Anything else?", source: "topic: schedule\nparagraph three" },
        guildId: h.modGuild.id,
        permissions: "32",
      }),
    );
    expect(replyText(refused)).toMatch(/Topic and sources: line 2: write "topic: <topic id>" or "¶<paragraph>: <quote>"/);
    expect(buttons(refused)[0]?.custom_id).toMatch(/^kb:reopen:/);
    expect(await h.file()).toBe(before);
  });

  it("GIVEN /kb edit THEN the form is prefilled with the entry; a changed answer is saved and live", async () => {
    const form = await firstReply(kb(h, "edit", { entry: "speaker-quote" }));
    expect(form.data["custom_id"]).toBe("kb:fe:speaker-quote");
    const values = formValues(form);
    expect(values).toEqual({
      questionsDe: "Was sagte der Sprecher?",
      questionsEn: "What did the spokesperson say?",
      answerDe: "Er freut sich.",
      answerEn: "He is glad.",
      source: "topic: schedule\n¶3: „Wir freuen uns“, sagte der Sprecher.",
    });
    const saved = await firstReply(
      h.fake.modalSubmit({
        customId: "kb:fe:speaker-quote",
        fields: { ...values, answerEn: "That they are glad." },
        guildId: h.modGuild.id,
        permissions: "32",
      }),
    );
    expect(replyText(saved)).toMatch(/edited entry "speaker-quote" \(answer\.en\)/);
    expect(await h.file()).toContain("en: That they are glad.");
    expect(await ask(h, "What did the spokesperson say?")).toMatchObject({ description: "That they are glad." });
  });

  it("GIVEN autocomplete for topic, paragraph and entry THEN choices from the live knowledge", async () => {
    const topic = await h.fake
      .autocomplete({ name: "kb", focused: "topic", value: "sch", guildId: h.modGuild.id, permissions: "32", options: [] })
      .waitForCallback();
    expect(topic.body).toMatchObject({
      type: 8,
      data: { choices: [{ name: "schedule – Schedule / Termine", value: "schedule" }] },
    });
    const paragraph = await h.fake
      .autocomplete({ name: "kb", focused: "paragraph", value: "3", guildId: h.modGuild.id, permissions: "32", options: [] })
      .waitForCallback();
    expect(paragraph.body).toMatchObject({
      data: {
        choices: [
          { name: "¶3: „Wir freuen uns“, sagte der Sprecher. Bilaterale Gespräche sind für den 10. Januar geplant.", value: 3 },
        ],
      },
    });
    const entry = await h.fake
      .autocomplete({
        name: "kb",
        focused: "entry",
        value: "spokesperson",
        guildId: h.modGuild.id,
        permissions: "32",
        options: [],
      })
      .waitForCallback();
    expect((entry.body as { data: { choices: { value: string }[] } }).data.choices.map((c) => c.value)).toEqual([
      "speaker-quote",
      "speaker-who",
    ]);
  });
});
