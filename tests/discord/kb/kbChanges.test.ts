import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { asModerator, ask, buttons, firstReply, kb, replyText, type KbHarness, startKbHarness } from "./kbHarness.js";

let h: KbHarness;
beforeAll(async () => {
  h = await startKbHarness();
});
afterAll(async () => {
  await h?.close();
});

const moderator = (): { guildId: string; permissions: string } => asModerator(h);

describe("/kb remove, add-question, undo, history, show, reload", () => {
  it("GIVEN /kb remove THEN nothing happens until confirmed; Cancel keeps the entry, Remove takes it out", async () => {
    const before = await h.file();
    const question = await firstReply(kb(h, "remove", { entry: "speaker-who" }));
    expect(question.ephemeral).toBe(true);
    expect(replyText(question)).toMatch(/Remove entry `speaker-who` \(“Who is the spokesperson\?”\)\?/);
    expect(buttons(question).map((b) => [b.custom_id, b.label])).toEqual([
      ["kb:rm:speaker-who", "Remove"],
      ["kb:cancel:", "Cancel"],
    ]);
    expect(await h.file()).toBe(before);

    const cancel = await firstReply(h.fake.buttonClick({ customId: "kb:cancel:", ...moderator() }));
    expect(cancel.type).toBe(7);
    expect(replyText(cancel)).toBe("Nothing was removed.");
    expect(await h.file()).toBe(before);

    const removed = await firstReply(h.fake.buttonClick({ customId: "kb:rm:speaker-who", ...moderator() }));
    expect(replyText(removed)).toMatch(/removed entry "speaker-who"\.\nIt is live now/);
    expect(buttons(removed)).toEqual([]);
    expect(await h.file()).not.toContain("id: speaker-who");
    expect((await ask(h, "Who is the spokesperson?")).title).not.toBe("Who is the spokesperson?");
  });

  it("GIVEN /kb add-question THEN the phrasing is added (language detected) and answers at once", async () => {
    const added = await firstReply(
      kb(h, "add-question", { entry: "talks-date", question: "Wann treffen sich die Delegationen?" }),
    );
    expect(added.ephemeral).toBe(true);
    expect(replyText(added)).toMatch(/added a question \(de\) to entry "talks-date"/);
    expect(await h.file()).toContain("Wann treffen sich die Delegationen?");
    expect(await ask(h, "Wann treffen sich die Delegationen?")).toMatchObject({ description: "Am 10. Januar." });
  });

  it("GIVEN /kb undo THEN the last change is taken back; /kb history shows who did what, newest first", async () => {
    const undone = await firstReply(kb(h, "undo"));
    expect(replyText(undone)).toMatch(/undid #\d+ \(added a question \(de\) to entry "talks-date"\)/);
    expect(await h.file()).not.toContain("Wann treffen sich die Delegationen?");

    const history = await firstReply(kb(h, "history", { limit: 5 }));
    const fields = (history.data["embeds"] as { fields: { name: string; value: string }[] }[])[0]!.fields;
    expect(fields.map((f) => f.name)).toEqual([
      expect.stringMatching(new RegExp(`^#3 · \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d UTC · discord:${h.fake.user.id}$`)),
      expect.stringMatching(/^#2 · .* · discord:\d+$/),
      expect.stringMatching(/^#1 · .* · discord:\d+$/),
    ]);
    expect(fields[0]!.value).toMatch(new RegExp(`^<@${h.fake.user.id}>: undid #2`));
    expect(fields[2]!.value).toMatch(/removed entry "speaker-who"[\s\S]*```diff\n@@ line \d+\n- {2}- id: speaker-who/);
    expect(history.data["allowed_mentions"]).toEqual({ parse: [], replied_user: false });
  });

  it("GIVEN /kb show THEN the entry as written in the file; an unknown id is said so", async () => {
    const shown = replyText(await firstReply(kb(h, "show", { entry: "talks-date" })));
    expect(shown).toMatch(/^talks-date\n```yaml\n {2}- id: talks-date\n {4}topic: schedule/);
    expect(replyText(await firstReply(kb(h, "show", { entry: "nope" })))).toMatch(/No entry has the id "nope"/);
  });

  it("GIVEN /kb reload THEN the summary as kb:check prints it", async () => {
    expect(replyText(await firstReply(kb(h, "reload")))).toMatch(
      /^Reloaded: this is live now\n```\n[\s\S]*qa\.yaml: 2 entries, 2 of 3 paragraphs cited/,
    );
  });
});
