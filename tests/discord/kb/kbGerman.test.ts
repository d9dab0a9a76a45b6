import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_PERMISSIONS } from "../../support/fakeDiscord.js";
import { buttons, firstReply, formValues, kb, replyText, type KbHarness, startKbHarness } from "./kbHarness.js";

let h: KbHarness;
beforeAll(async () => {
  h = await startKbHarness();
});
afterAll(async () => {
  await h?.close();
});

/** A moderator whose Discord client is German. */
const GERMAN = { locale: "de" } as const;

describe("/kb speaks German to German moderators", () => {
  it("GIVEN a German client THEN a change, its outcome and the undo are told in German", async () => {
    const added = replyText(
      await firstReply(kb(h, "add-question", { entry: "talks-date", question: "Wann tagen die Unterhändler?" }, GERMAN)),
    );
    expect(added).toMatch(
      /^Gespeichert als Änderung #\d+: added a question \(de\) to entry "talks-date"\.\nDas gilt ab jetzt: \/frage antwortet daraus\.$/,
    );
    const undone = replyText(await firstReply(kb(h, "undo", {}, GERMAN)));
    expect(undone).toMatch(/^Gespeichert als Änderung #\d+: undid #\d+/);
  });

  it("GIVEN a German client THEN the form is labelled in German and /kb remove asks in German, with the entry's German question", async () => {
    const form = await firstReply(kb(h, "add", { topic: "schedule", paragraph: 3, quote: "sagte der Sprecher" }, GERMAN));
    expect(form.type).toBe(9);
    expect(form.data["title"]).toBe("Neuer Eintrag");
    const labels = (form.data["components"] as { label: string }[]).map((c) => c.label);
    expect(labels).toEqual([
      "Fragen (Deutsch), eine pro Zeile",
      "Fragen (Englisch), eine pro Zeile",
      "Antwort (Deutsch)",
      "Antwort (Englisch)",
      "Thema und Quellen",
    ]);
    expect(formValues(form).source).toBe("topic: schedule\n¶3: sagte der Sprecher");

    const remove = await firstReply(kb(h, "remove", { entry: "speaker-who" }, GERMAN));
    expect(replyText(remove)).toBe("Eintrag `speaker-who` („Wer ist der Sprecher?“) entfernen? Nur /kb undo holt ihn zurück.");
    expect(buttons(remove).map((b) => b.label)).toEqual(["Entfernen", "Abbrechen"]);
    const cancelled = await firstReply(
      h.fake.buttonClick({ customId: "kb:cancel:", guildId: h.modGuild.id, permissions: "32", ...GERMAN }),
    );
    expect(replyText(cancelled)).toBe("Es wurde nichts entfernt.");
  });

  it("GIVEN a refused form from a German client THEN the problems' heading, the footer and the reopen button are German", async () => {
    const refused = await firstReply(
      h.fake.modalSubmit({
        customId: "kb:fa:",
        fields: { questionsDe: "Wer zahlt?", questionsEn: "Who pays?", answerDe: "x", answerEn: "y", source: "Absatz drei" },
        guildId: h.modGuild.id,
        permissions: "32",
        ...GERMAN,
      }),
    );
    const text = replyText(refused);
    expect(text).toMatch(/^Nicht gespeichert: 1 Problem\n/);
    expect(text).toContain("Thema und Quellen: Zeile 1: schreib „topic: <Themen-ID>“ oder „¶<Absatz>: <Zitat>“");
    expect(text).toContain("Die Wissensdatei wurde nicht geändert. Öffne das Formular wieder");
    expect(buttons(refused)[0]?.label).toBe("Formular wieder öffnen");
  });

  it("GIVEN a German member without permission THEN refused in German; an English one in English", async () => {
    const member = { permissions: DEFAULT_PERMISSIONS };
    expect(replyText(await firstReply(kb(h, "history", {}, { ...member, ...GERMAN })))).toBe(
      "/kb ist für Moderatoren: Mitglieder mit „Server verwalten“ oder einer Rolle aus MODERATOR_ROLE_IDS. Es wurde nichts geändert.",
    );
    expect(replyText(await firstReply(kb(h, "history", {}, { ...member, locale: "en-GB" })))).toMatch(
      /^\/kb is for moderators: .* Nothing was changed\.$/,
    );
  });

  it("GIVEN autocomplete from a German client THEN entries show their German question, topics their German name first", async () => {
    const place = { guildId: h.modGuild.id, permissions: "32", options: [], ...GERMAN };
    const entry = await h.fake.autocomplete({ name: "kb", focused: "entry", value: "talks", ...place }).waitForCallback();
    expect(entry.body).toMatchObject({ data: { choices: [{ name: "talks-date – Wann finden die Gespräche statt?" }] } });
    const topic = await h.fake.autocomplete({ name: "kb", focused: "topic", value: "sch", ...place }).waitForCallback();
    expect(topic.body).toMatchObject({ data: { choices: [{ name: "schedule – Termine / Schedule" }] } });
  });

  it("GIVEN /kb unanswered from a German client THEN the list is German", async () => {
    await firstReply(
      h.fake.slashCommand({ name: "ask", options: { question: "Wie wird das Wetter morgen?" }, guildId: h.otherGuild.id }),
    );
    const list = await firstReply(kb(h, "unanswered", {}, GERMAN));
    const text = replyText(list);
    expect(text).toMatch(
      /^Unbeantwortete Fragen, letzte 7 Tage\n\*\*1\.\*\* 1× „Wie wird das Wetter morgen\?“ \(de\)\n {3}am nächsten: keiner/,
    );
    expect(buttons(list).map((b) => b.label)).toContain("1: neuer Eintrag");
  });
});
