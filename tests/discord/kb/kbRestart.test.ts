import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createComponentSigner } from "../../../src/discord/answers/signedId.js";
import { loadComponentKey } from "../../../src/discord/process/componentKey.js";
import { buttons, firstReply, formValues, kb, replyText, type KbHarness, startKbHarness } from "./kbHarness.js";

let h: KbHarness;
beforeAll(async () => {
  h = await startKbHarness();
});
afterAll(async () => {
  await h?.close();
});

const inModServer = (): { guildId: string; permissions: string } => ({ guildId: h.modGuild.id, permissions: "32" });

describe("/kb drafts across a restart", () => {
  it("GIVEN a refused form and an unanswered list WHEN the bot restarts THEN their buttons still work: the form reopens as typed, the phrasing is added", async () => {
    const typed = {
      questionsDe: "Wer zahlt?",
      questionsEn: "Who pays?",
      answerDe: "Das sagt der Artikel nicht.",
      answerEn: "The article does not say.",
      source: "topic: schedule\nparagraph three",
    };
    const refused = await firstReply(h.fake.modalSubmit({ customId: "kb:fa:", fields: typed, ...inModServer() }));
    const reopen = buttons(refused)[0]!.custom_id;

    await firstReply(
      h.fake.slashCommand({ name: "ask", options: { question: "Wann reden die Diplomaten?" }, guildId: h.otherGuild.id }),
    );
    const list = await firstReply(kb(h, "unanswered"));
    const phrase = buttons(list).find((b) => b.custom_id.startsWith("kb:phrase:"))!.custom_id;

    const before = h.bot;
    await h.restart();
    expect(h.bot).not.toBe(before);

    const form = await firstReply(h.fake.buttonClick({ customId: reopen, ...inModServer() }));
    expect(form.type).toBe(9);
    expect(formValues(form)).toEqual(typed);
    const added = await firstReply(h.fake.buttonClick({ customId: phrase, ...inModServer() }));
    expect(replyText(added)).toMatch(/added a question \(de\) to entry "talks-date"/);
  });

  it("GIVEN a draft key that was never kept THEN unsigned it is refused, signed it is told expired, and nothing changes", async () => {
    const before = await h.file();
    const click = async (customId: string): Promise<string> =>
      replyText(await firstReply(h.fake.buttonClick({ customId, ...inModServer() })));
    expect(await click("kb:reopen:AAAAAAAA")).toMatch(/^This button was not made for you/);
    const signer = createComponentSigner(loadComponentKey(h.copy.dataDir));
    expect(await click(signer.sign("kb:reopen:AAAAAAAA", h.fake.user.id)!)).toMatch(
      /^This draft has expired \(drafts are kept for a day\)/,
    );
    expect(await h.file()).toBe(before);
  });
});
