import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { knowledgeHistory } from "../../../src/knowledge/store/store.js";
import type { FakeUser } from "../../support/fakeDiscord.js";
import { messageData } from "../botHarness.js";
import { buttons, firstReply, kb, replyText, type KbHarness, startKbHarness } from "./kbHarness.js";

let h: KbHarness;
beforeAll(async () => {
  h = await startKbHarness();
});
afterAll(async () => {
  await h?.close();
});

type Row = { components: { custom_id: string; type: number }[] };

const stillUnanswered = (question: string): boolean => h.analytics.topUnanswered(7, 25).some((g) => g.example === question);

/** Asks an ambiguous question as `asker` and returns its did-you-mean menu's custom id. */
async function ambiguousMenu(question: string, asker: FakeUser): Promise<string> {
  const reply = await firstReply(
    h.fake.slashCommand({ name: "ask", options: { question }, guildId: h.otherGuild.id, user: asker }),
  );
  const menu = (reply.data["components"] as Row[])[0]!.components[0]!;
  expect(menu.type).toBe(3);
  expect(menu.custom_id).toMatch(/^qa:pick:en:u\d+~[\w-]{16}$/);
  return menu.custom_id;
}

describe("signed component ids through the fake Discord", () => {
  it("GIVEN an ambiguous question's menu THEN a forged, changed or borrowed pick is answered but settles nothing; the asker's own does", async () => {
    const asker = h.fake.makeUser({ username: "asker" });
    const bystander = h.fake.makeUser({ username: "bystander" });
    const menu = await ambiguousMenu("spokesperson", asker);
    const [unsigned, signature] = menu.split("~") as [string, string];
    const pick = (customId: string, user: FakeUser) =>
      h.fake.selectMenu({ customId, values: ["speaker-who"], guildId: h.otherGuild.id, user }).waitForCallback();

    const tries: [string, FakeUser][] = [
      [unsigned, asker], // the reference without a signature
      [`qa:pick:en:u${Number(unsigned.split(":u")[1]) + 1}~${signature}`, asker], // the signature moved to another question
      [`${unsigned}~${"A".repeat(16)}`, asker], // a made-up signature
      [menu, bystander], // the real menu, clicked by someone else (a public answer)
    ];
    for (const [customId, user] of tries) {
      expect(messageData(await pick(customId, user))).toMatchObject({
        embeds: [{ title: "Who is the spokesperson?" }],
        flags: 64,
      });
      expect(stillUnanswered("spokesperson")).toBe(true);
    }
    expect(h.logs.filter((l) => l.msg === "pick not signed for the clicker: the question stays unanswered")).toHaveLength(4);

    await pick(menu, asker);
    expect(stillUnanswered("spokesperson")).toBe(false);
  });

  it("GIVEN /kb unanswered's draft buttons THEN a forged key or another moderator's click is refused and changes nothing; the moderator's own works", async () => {
    await firstReply(
      h.fake.slashCommand({ name: "ask", options: { question: "Wann reden die Diplomaten?" }, guildId: h.otherGuild.id }),
    );
    const moderator = h.fake.makeUser({ username: "mod-a" });
    const colleague = h.fake.makeUser({ username: "mod-b" });
    const inModServer = { guildId: h.modGuild.id, permissions: "32" };
    const list = await firstReply(kb(h, "unanswered", {}, { user: moderator }));
    const phrase = buttons(list).find((b) => b.custom_id.startsWith("kb:phrase:"))!.custom_id;
    const [unsigned] = phrase.split("~") as [string];
    const before = await h.file();

    for (const [customId, user] of [
      [unsigned, moderator],
      [`${unsigned}~${"A".repeat(16)}`, moderator],
      [phrase, colleague],
    ] as const) {
      const click = h.fake.buttonClick({ customId, user, ...inModServer });
      const refused = await firstReply(click);
      expect(refused.ephemeral).toBe(true);
      expect(replyText(refused)).toBe("This button was not made for you by this bot, so it does nothing. Nothing was changed.");
      expect(
        h.logs.find(
          (l) => l.msg === "/kb draft button not signed for this moderator: refused" && l["interactionId"] === click.id,
        ),
      ).toMatchObject({
        level: 40,
        action: "phrase",
      });
    }
    expect(await h.file()).toBe(before);
    expect(await knowledgeHistory({ dataDir: h.copy.dataDir })).toEqual([]);

    const added = await firstReply(h.fake.buttonClick({ customId: phrase, user: moderator, ...inModServer }));
    expect(replyText(added)).toMatch(/added a question \(de\) to entry "talks-date"/);
  });

  it("GIVEN a refused form's reopen button THEN only the moderator who typed it can reopen it", async () => {
    const moderator = h.fake.makeUser({ username: "mod-c" });
    const colleague = h.fake.makeUser({ username: "mod-d" });
    const inModServer = { guildId: h.modGuild.id, permissions: "32" };
    const fields = { questionsDe: "Wer zahlt?", questionsEn: "Who pays?", answerDe: "x", answerEn: "y", source: "nonsense" };
    const refused = await firstReply(h.fake.modalSubmit({ customId: "kb:fa:", fields, user: moderator, ...inModServer }));
    const reopen = buttons(refused)[0]!.custom_id;
    expect(replyText(await firstReply(h.fake.buttonClick({ customId: reopen, user: colleague, ...inModServer })))).toMatch(
      /^This button was not made for you/,
    );
    const form = await firstReply(h.fake.buttonClick({ customId: reopen, user: moderator, ...inModServer }));
    expect(form.type).toBe(9);
  });
});
