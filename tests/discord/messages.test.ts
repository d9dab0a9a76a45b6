import { afterEach, describe, expect, it } from "vitest";
import { messageData, startHarness, type Harness } from "./botHarness.js";

type Data = Record<string, unknown> & {
  embeds: { title?: string; description?: string; fields?: { name: string; value: string }[] }[];
};

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

describe("direct messages through the fake Discord", () => {
  it("GIVEN a question in a DM THEN replies to it with the cited answer in the question's language, pinging no one", async () => {
    h = await startHarness();
    const dm = h.fake.messageCreate({ content: "When are the talks?", dm: true });
    const reply = await dm.waitForReply();
    const data = messageData(reply) as Data;
    expect(data).toMatchObject({
      message_reference: { message_id: dm.id },
      allowed_mentions: { parse: [], replied_user: false },
    });
    expect(data.embeds[0]).toMatchObject({ title: "When are the talks?", description: "On January 10." });
    expect(data.embeds[0]?.fields?.[0]?.value).toMatch(/^> Bilaterale Gespräche sind für den 10\. Januar geplant\n— ¶ 2/);
    expect(h.logs.find((l) => l.msg === "question handled" && l["id"] === dm.id)).toMatchObject({
      surface: "dm",
      status: "answered",
    });
  });

  it("GIVEN “help” or “hilfe” in a DM THEN the help, in that word's language", async () => {
    h = await startHarness();
    const help = messageData(await h.fake.messageCreate({ content: "help", dm: true }).waitForReply()) as Data;
    expect(help.embeds[0]).toMatchObject({ title: "How I work" });
    const hilfe = messageData(await h.fake.messageCreate({ content: " Hilfe ", dm: true }).waitForReply()) as Data;
    expect(hilfe.embeds[0]).toMatchObject({ title: "So funktioniere ich" });
  });

  it("GIVEN “hi” and “thanks!” in a DM, which carries no locale THEN English replies, as the core reads them; “hallo” a German one", async () => {
    h = await startHarness();
    for (const [content, reply] of [
      ["hi", /^Hello! Ask me about the article.*`\/help` shows how I work\.$/],
      ["thanks!", /^You're welcome!/],
      // Without a locale the client's command names are a guess: the question's language.
      ["hallo", /^Hallo!.*`\/hilfe` zeigt/],
    ] as const) {
      const data = messageData(await h.fake.messageCreate({ content, dm: true }).waitForReply()) as Data;
      expect(data.embeds[0]?.description).toMatch(reply);
      expect(data["components"]).toEqual([]);
    }
  });

  it("GIVEN a DM flood beyond the cooldown THEN the person is told once per window and the rest is dropped", async () => {
    h = await startHarness({ cooldown: { questions: 2, seconds: 60 } });
    const sent = [
      "Wann finden die Gespräche statt?",
      "Was sagte der Sprecher?",
      "Und noch was?",
      "Und noch was?",
      "Und noch was?",
    ].map((content) => h!.fake.messageCreate({ content, dm: true }));
    await sent[2]!.waitForReply();
    // Give the bot time to (not) answer the last two before counting.
    await new Promise((resolve) => setTimeout(resolve, 300));
    const replies = h.fake
      .requests(sent[0]!.mark)
      .filter((r) => r.method === "POST" && r.path === `/channels/${sent[0]!.channelId}/messages`);
    expect(replies).toHaveLength(3);
    expect(messageData(replies[2]!)).toMatchObject({
      content: expect.stringMatching(/^Nicht so schnell! In \d+ s kannst du wieder fragen\.$/),
    });
  });
});

describe("the cooldown across surfaces", () => {
  it("GIVEN a person told to slow down in /ask THEN their next DM still gets one notice, and a mention another", async () => {
    h = await startHarness({ cooldown: { questions: 2, seconds: 60 } });
    const person = h.fake.makeUser({ username: "eager" });
    const slash = (): Promise<Record<string, unknown>> =>
      h!.fake
        .slashCommand({ name: "ask", options: { question: "When are the talks?" }, user: person })
        .waitForCallback()
        .then(messageData);
    await slash();
    await slash();
    expect(await slash()).toMatchObject({ content: expect.stringMatching(/^Not so fast!/), flags: 64 });
    expect(await slash()).toMatchObject({ content: expect.stringMatching(/^Not so fast!/), flags: 64 });

    const dms = ["When are the talks?", "And now?"].map((content) =>
      h!.fake.messageCreate({ content, dm: true, author: person }),
    );
    const mention = h.fake.messageCreate({
      content: `<@${h.fake.botUser.id}> When are the talks?`,
      mentions: [h.fake.botUser],
      author: person,
    });
    expect(messageData(await dms[0]!.waitForReply())).toMatchObject({
      content: expect.stringMatching(/^Not so fast! You can ask again in \d+ s\.$/),
      message_reference: { message_id: dms[0]!.id },
    });
    expect(messageData(await mention.waitForReply())).toMatchObject({ content: expect.stringMatching(/^Not so fast!/) });
    // The second DM falls within the wait the first notice named: no second notice there.
    await new Promise((resolve) => setTimeout(resolve, 300));
    const inDm = h.fake
      .requests(dms[0]!.mark)
      .filter((r) => r.method === "POST" && r.path === `/channels/${dms[0]!.channelId}/messages`);
    expect(inDm).toHaveLength(1);
  });
});

describe("mentions through the fake Discord", () => {
  it("GIVEN a channel message that mentions the bot THEN answers the text without the mention, as a reply", async () => {
    h = await startHarness();
    const bot = h.fake.botUser;
    const message = h.fake.messageCreate({ content: `<@${bot.id}> Was sagte der Sprecher?`, mentions: [bot] });
    const data = messageData(await message.waitForReply()) as Data;
    expect(data).toMatchObject({
      message_reference: { message_id: message.id },
      allowed_mentions: { parse: [], replied_user: false },
    });
    expect(data.embeds[0]).toMatchObject({ title: "Was sagte der Sprecher?", description: "Er freut sich." });
    expect(h.logs.find((l) => l.msg === "question text" && l["id"] === message.id)).toMatchObject({
      question: "Was sagte der Sprecher?",
    });
  });

  it("GIVEN a channel message without a mention THEN the bot stays silent", async () => {
    h = await startHarness();
    const message = h.fake.messageCreate({ content: "Wann finden die Gespräche statt?" });
    const other = h.fake.messageCreate({ content: `<@${h.fake.user.id}> hi`, mentions: [h.fake.user] });
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(message.requests()).toEqual([]);
    expect(other.requests()).toEqual([]);
  });

  it("GIVEN a mention that smuggles @everyone and a role into an unmatched question THEN the reply cannot ping anyone", async () => {
    h = await startHarness();
    const bot = h.fake.botUser;
    const message = h.fake.messageCreate({
      content: `<@${bot.id}> @everyone <@&123456789012345678> wie wird das Wetter?`,
      mentions: [bot],
    });
    const data = messageData(await message.waitForReply()) as Data;
    expect(data["allowed_mentions"]).toEqual({ parse: [], replied_user: false });
    expect(JSON.stringify(data)).not.toMatch(/@everyone|<@&/);
    expect(data.embeds[0]?.title).toBe("„@\u200beveryone <\u200b@&123456789012345678> wie wird das Wetter?“");
  });
});
