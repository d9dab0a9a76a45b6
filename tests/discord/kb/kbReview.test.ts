import { join } from "node:path";
import BetterSqlite3 from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { messageData } from "../botHarness.js";
import { asModerator, ask, buttons, firstReply, formValues, kb, replyText, type KbHarness, startKbHarness } from "./kbHarness.js";

let h: KbHarness;
beforeAll(async () => {
  h = await startKbHarness();
});
afterAll(async () => {
  await h?.close();
});

const moderator = (): { guildId: string; permissions: string } => asModerator(h);

/** Every value stored in the analytics database, as text. */
function storedValues(): string {
  const db = new BetterSqlite3(join(h.copy.dataDir, "analytics.sqlite"), { readonly: true });
  try {
    const rows = [...db.prepare("SELECT * FROM unanswered").all(), ...db.prepare("SELECT * FROM votes").all()];
    return JSON.stringify(rows);
  } finally {
    db.close();
  }
}

describe("the review loop: unanswered questions and feedback", () => {
  it("GIVEN questions the bot could not answer THEN /kb unanswered groups them; one click adds one as a phrasing of the closest entry", async () => {
    const asker = h.fake.makeUser({ username: "curious" });
    for (const question of ["Wann reden die Diplomaten?", "wann reden diplomaten?", "Wann reden die Diplomaten?"]) {
      await firstReply(h.fake.slashCommand({ name: "ask", options: { question }, guildId: h.otherGuild.id, user: asker }));
    }
    await h.fake.messageCreate({ content: "Wie wird das Wetter morgen?", dm: true, author: asker }).waitForReply();
    expect(storedValues()).toContain("Wann reden die Diplomaten?");
    // Never who asked: no user id anywhere in what is stored.
    expect(storedValues()).not.toContain(asker.id);

    const list = await firstReply(kb(h, "unanswered", { days: 7 }));
    expect(list.ephemeral).toBe(true);
    const text = replyText(list);
    expect(text).toMatch(/^Unanswered questions, last 7 days/);
    expect(text).toMatch(
      /\*\*1\.\*\* 3× “Wann reden die Diplomaten\?” \(de\)\n {3}also: “wann reden diplomaten\?”\n {3}closest: `talks-date` “Wann finden die Gespräche statt\?”/,
    );
    expect(text).toMatch(/\*\*2\.\*\* 1× “Wie wird das Wetter morgen\?” \(de\)\n {3}closest: none/);
    const [phrase, fresh, outOfScope, onlyNew] = buttons(list);
    expect(phrase).toMatchObject({
      custom_id: expect.stringMatching(/^kb:phrase:/),
      label: "1: add as a phrasing of “Wann finden die Gespräche statt?”",
    });
    expect(fresh).toMatchObject({ custom_id: expect.stringMatching(/^kb:new:/), label: "1: new entry" });
    expect(outOfScope).toMatchObject({ custom_id: expect.stringMatching(/^kb:oos:/), label: "1: out of scope" });
    expect(onlyNew).toMatchObject({ custom_id: expect.stringMatching(/^kb:new:/), label: "2: new entry" });

    const added = await firstReply(h.fake.buttonClick({ customId: phrase!.custom_id, ...moderator() }));
    expect(replyText(added)).toMatch(/added a question \(de\) to entry "talks-date"\.\nIt is live now/);
    expect(await h.file()).toContain("Wann reden die Diplomaten?");
    expect(await ask(h, "Wann reden die Diplomaten?")).toMatchObject({ description: "Am 10. Januar." });

    const after = replyText(await firstReply(kb(h, "unanswered", { days: 7 })));
    expect(after).not.toContain("Diplomaten");
    expect(after).toMatch(/1 more the bot answers by now is left out/);

    const form = await firstReply(h.fake.buttonClick({ customId: onlyNew!.custom_id, ...moderator() }));
    expect(form.type).toBe(9);
    expect(form.data["custom_id"]).toBe("kb:fa:");
    expect(formValues(form)).toMatchObject({ questionsDe: "Wie wird das Wetter morgen?", questionsEn: "", source: "" });
  });

  it("GIVEN an ambiguous question resolved in the did-you-mean menu THEN it no longer counts as unanswered", async () => {
    const reply = await firstReply(
      h.fake.slashCommand({ name: "ask", options: { question: "spokesperson" }, guildId: h.otherGuild.id }),
    );
    const menu = (reply.data["components"] as { components: { custom_id: string }[] }[])[0]!.components[0]!;
    expect(menu.custom_id).toMatch(/^qa:pick:en:u\d+~[\w-]{16}$/);
    expect(h.analytics.topUnanswered(7, 25).map((g) => g.example)).toContain("spokesperson");
    const pick = h.fake.selectMenu({ customId: menu.custom_id, values: ["speaker-who"], guildId: h.otherGuild.id });
    expect(messageData(await pick.waitForCallback())).toMatchObject({ embeds: [{ title: "Who is the spokesperson?" }] });
    expect(h.analytics.topUnanswered(7, 25).map((g) => g.example)).not.toContain("spokesperson");
  });

  it("GIVEN 👍/👎 THEN stored in SQLite under a keyed hash (never the user id), the reply says so; /kb feedback lists entries by 👎", async () => {
    const [first, second] = [h.fake.makeUser({ username: "a" }), h.fake.makeUser({ username: "b" })];
    const vote = async (customId: string, user: typeof first, locale = "en-US") =>
      String(
        messageData(await h.fake.buttonClick({ customId, user, locale, guildId: h.otherGuild.id }).waitForCallback())["content"],
      );
    expect(await vote("qa:up:en:talks-date", first)).toBe(
      "Thanks for the feedback! It is stored without your name or id: a keyed hash only keeps one vote per person.",
    );
    expect(await vote("qa:down:en:talks-date", first, "de")).toMatch(/^Deine Bewertung ist geändert/);
    expect(await vote("qa:down:en:talks-date", first)).toBe("You have already rated this answer – thank you!");
    await vote("qa:down:en:talks-date", second);
    await vote("qa:up:en:speaker-quote", second);

    const db = new BetterSqlite3(join(h.copy.dataDir, "analytics.sqlite"), { readonly: true });
    const rows = db.prepare("SELECT voter_key, entry_id, vote FROM votes ORDER BY entry_id").all() as { voter_key: string }[];
    db.close();
    expect(rows).toHaveLength(3);
    for (const row of rows) expect(row.voter_key).toMatch(/^[0-9a-f]{64}$/);
    expect(storedValues()).not.toContain(first.id);
    expect(storedValues()).not.toContain(second.id);

    const feedback = replyText(await firstReply(kb(h, "feedback")));
    expect(feedback).toBe(
      [
        "Feedback per entry, most 👎 first",
        "👎 2 · 👍 0 — `talks-date` “When are the talks?”",
        "👎 0 · 👍 1 — `speaker-quote` “What did the spokesperson say?”",
      ].join("\n"),
    );
  });
});
