import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectWithinDiscordLimits } from "./discordLimits.js";
import { messageData, messageRequests, startHarness, type Harness } from "./botHarness.js";

type Data = Record<string, unknown> & {
  embeds: { title?: string; description?: string; fields?: { name: string; value: string }[] }[];
};
type Row = { components: { custom_id: string; label?: string; type: number; options?: { value: string }[] }[] };

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

const ids = (data: Record<string, unknown>): string[] =>
  ((data["components"] ?? []) as Row[]).flatMap((row) => row.components.map((c) => c.custom_id));

/** Runs /ask and returns the callback's message data. */
async function ask(question: string, extra: { public?: boolean; locale?: string; dm?: boolean } = {}) {
  const command = h.fake.slashCommand({
    name: "ask",
    options: { question, ...(extra.public !== undefined ? { public: extra.public } : {}) },
    ...(extra.locale !== undefined ? { locale: extra.locale } : {}),
    ...(extra.dm !== undefined ? { dm: extra.dm } : {}),
  });
  const callback = await command.waitForCallback();
  expect((callback.body as { type: number }).type).toBe(4);
  return { command, data: messageData(callback) as Data };
}

describe("/ask through the fake Discord", () => {
  it("GIVEN a German question THEN answers privately with the matched question, the answer and the quoted passage", async () => {
    const { data, command } = await ask("Wann finden die Gespräche statt?", { locale: "de" });
    expect(data["flags"]).toBe(64);
    expect(data["allowed_mentions"]).toEqual({ parse: [], replied_user: false });
    expect(data.embeds[0]).toMatchObject({ title: "Wann finden die Gespräche statt?", description: "Am 10. Januar." });
    expect(data.embeds[0]?.fields?.[0]).toEqual({
      name: "Quelle",
      value: "> Bilaterale Gespräche sind für den 10. Januar geplant\n— ¶ 2 · *Kleine Überschrift zum Test*",
    });
    expect(ids(data)).toEqual([
      "qa:share:de:talks-date",
      "qa:para:de:talks-date",
      "qa:up:de:talks-date",
      "qa:down:de:talks-date",
      "qa:rel:de:speaker-quote",
    ]);
    const line = h.logs.find((l) => l.msg === "question handled" && l["id"] === command.id);
    expect(line).toMatchObject({
      level: 30,
      surface: "slash",
      status: "answered",
      entryId: "talks-date",
      score: expect.any(Number),
      ms: expect.any(Number),
    });
    expect(line).not.toHaveProperty("question");
    expect(h.logs.find((l) => l.msg === "question text" && l["id"] === command.id)).toMatchObject({
      level: 20,
      question: "Wann finden die Gespräche statt?",
    });
  });

  it("GIVEN an English question from a German locale THEN answer, labels and buttons are all English", async () => {
    const { data } = await ask("When are the talks?", { locale: "de" });
    expect(data.embeds[0]).toMatchObject({ title: "When are the talks?", description: "On January 10." });
    expect(data.embeds[0]?.fields?.[0]?.name).toBe("Source");
    const labels = (data["components"] as Row[]).flatMap((row) => row.components.map((c) => c.label));
    expect(labels).toEqual(["Share in channel", "Show paragraph", undefined, undefined, "What did the spokesperson say?"]);
  });

  it("GIVEN a German question from an English locale THEN the buttons are German like the answer", async () => {
    const { data } = await ask("Wann finden die Gespräche statt?", { locale: "en-US" });
    expect(data.embeds[0]).toMatchObject({ title: "Wann finden die Gespräche statt?", description: "Am 10. Januar." });
    const labels = (data["components"] as Row[]).flatMap((row) => row.components.map((c) => c.label));
    expect(labels).toEqual(["Im Kanal teilen", "Absatz zeigen", undefined, undefined, "Was sagte der Sprecher?"]);
  });

  it("GIVEN public:true THEN the answer is posted for everyone, without a share button", async () => {
    const { data, command } = await ask("When are the talks?", { public: true });
    expect(data["flags"] ?? 0).toBe(0);
    expect(ids(data)).not.toContain("qa:share:en:talks-date");
    expect(command.originalMessage()).toMatchObject({ flags: 0 });
  });

  it("GIVEN the private answer WHEN Share in channel is clicked THEN the same answer is posted publicly", async () => {
    const { command } = await ask("When are the talks?");
    const click = h.fake.buttonClick({ customId: "qa:share:en:talks-date", message: command.originalMessage()! });
    const data = messageData(await click.waitForCallback()) as Data;
    expect(data["flags"] ?? 0).toBe(0);
    expect(data.embeds[0]).toMatchObject({ title: "When are the talks?", description: "On January 10." });
    expect(ids(data)).toEqual([
      "qa:para:en:talks-date",
      "qa:up:en:talks-date",
      "qa:down:en:talks-date",
      "qa:rel:en:speaker-quote",
    ]);
  });

  it("GIVEN a public answer WHEN someone else clicks Show paragraph or a follow-up THEN they get it privately, in their locale", async () => {
    const { command } = await ask("When are the talks?", { public: true });
    const other = h.fake.makeUser({ username: "other" });
    const paragraph = h.fake.buttonClick({
      customId: "qa:para:en:talks-date",
      message: command.originalMessage()!,
      user: other,
      locale: "de",
    });
    const shown = messageData(await paragraph.waitForCallback()) as Data;
    expect(shown["flags"]).toBe(64);
    expect(shown.embeds[0]?.description).toBe(
      "**Absatz 2 von 3**\nBilaterale Gespräche sind für den 10. Januar geplant, sagte der Sprecher.",
    );

    const related = h.fake.buttonClick({ customId: "qa:rel:en:speaker-quote", message: command.originalMessage()!, user: other });
    const answer = messageData(await related.waitForCallback()) as Data;
    expect(answer["flags"]).toBe(64);
    expect(answer.embeds[0]).toMatchObject({ title: "What did the spokesperson say?", description: "He is glad." });
    expect(h.logs.find((l) => l.msg === "question handled" && l["id"] === related.id)).toMatchObject({
      surface: "button",
      entryId: "speaker-quote",
    });
  });

  it("GIVEN 👍 on a bot that stores nothing THEN thanks privately and says no rating is stored", async () => {
    const voter = h.fake.makeUser({ username: "voter" });
    const first = h.fake.buttonClick({ customId: "qa:up:en:talks-date", user: voter });
    expect(messageData(await first.waitForCallback())).toMatchObject({
      content: "Thanks for the feedback! (This bot stores no ratings.)",
      flags: 64,
    });
    const second = h.fake.buttonClick({ customId: "qa:down:en:talks-date", user: voter, locale: "de" });
    expect(messageData(await second.waitForCallback())).toMatchObject({
      content: expect.stringMatching(/speichert keine/),
      flags: 64,
    });
    expect(h.logs.filter((l) => l.msg === "feedback")).toEqual([]);
  });

  it("GIVEN 👍 on an entry that does not exist (a forged button) THEN nothing is counted", async () => {
    const forged = h.fake.buttonClick({ customId: "qa:up:en:no-such-entry" });
    expect(messageData(await forged.waitForCallback())).toMatchObject({
      content: expect.stringMatching(/no longer in my knowledge/),
    });
  });

  it("GIVEN an ambiguous question THEN a did-you-mean menu; choosing an entry answers it privately", async () => {
    const { data, command } = await ask("spokesperson");
    expect(data.embeds[0]).toMatchObject({
      title: "“spokesperson”",
      description: expect.stringMatching(/^That question fits more than one answer/),
    });
    const menu = (data["components"] as Row[])[0]?.components[0];
    expect(menu).toMatchObject({ type: 3, custom_id: "qa:pick:en:" });
    expect(menu?.options?.map((o) => o.value).sort()).toEqual(["speaker-quote", "speaker-who"]);

    const pick = h.fake.selectMenu({ customId: "qa:pick:en:", values: ["speaker-who"], message: command.originalMessage()! });
    const answer = messageData(await pick.waitForCallback()) as Data;
    expect(answer).toMatchObject({ flags: 64 });
    expect(answer.embeds[0]).toMatchObject({ title: "Who is the spokesperson?" });
  });

  it("GIVEN a question the article does not cover THEN says so plainly and offers the topics, which list their questions", async () => {
    const { data } = await ask("Wie wird das Wetter morgen?");
    expect(data.embeds[0]).toMatchObject({ description: expect.stringMatching(/^Dazu sagt der Artikel nichts/) });
    expect(ids(data)).toEqual(["qa:topic:de:schedule"]);
    const topic = h.fake.buttonClick({ customId: "qa:topic:de:schedule" });
    const listed = messageData(await topic.waitForCallback()) as Data;
    expect(listed.embeds[0]?.fields).toEqual([
      { name: "Termine", value: "• Wann finden die Gespräche statt?\n• Was sagte der Sprecher?\n• Wer ist der Sprecher?" },
    ]);
  });

  it("GIVEN smalltalk THEN a friendly pointer to the help command as the asker's client names it", async () => {
    const { data } = await ask("hallo");
    expect(data.embeds[0]?.description).toMatch(/^Hallo!.*`\/help` zeigt/);
    const german = await ask("hello", { locale: "de" });
    expect(german.data.embeds[0]?.description).toMatch(/^Hello!.*`\/hilfe` shows how I work\.$/);
  });

  it("GIVEN /ask in a DM with the bot THEN answers without a share button", async () => {
    const { data } = await ask("When are the talks?", { dm: true });
    expect(data.embeds[0]).toMatchObject({ title: "When are the talks?" });
    expect(ids(data)[0]).toBe("qa:para:en:talks-date");
  });

  it("GIVEN a question with @everyone, a role and markdown THEN nothing can ping and the echo is escaped", async () => {
    const { data } = await ask("@everyone <@&123456789012345678> **Wetter** <@123456789012345678>?");
    const title = data.embeds[0]?.title ?? "";
    expect(title).not.toMatch(/@everyone|<@/);
    expect(title).toContain("\\*\\*Wetter\\*\\*");
  });
});

describe("/topics, /source and /help through the fake Discord", () => {
  it("GIVEN /topics THEN lists the questions by topic; picking one answers it", async () => {
    const topics = h.fake.slashCommand({ name: "topics", locale: "en-GB" });
    const data = messageData(await topics.waitForCallback()) as Data;
    expect(data).toMatchObject({ flags: 64 });
    expect(data.embeds[0]).toMatchObject({ title: "What I can answer", fields: [{ name: "Schedule" }] });
    const pick = h.fake.selectMenu({ customId: "qa:pick:en:0", values: ["talks-date"], message: topics.originalMessage()! });
    expect((messageData(await pick.waitForCallback()) as Data).embeds[0]).toMatchObject({ title: "When are the talks?" });
  });

  it("GIVEN /source with and without a paragraph THEN the article's details or the paragraph; a paragraph beyond the end is refused politely", async () => {
    const about = messageData(await h.fake.slashCommand({ name: "source", locale: "de" }).waitForCallback()) as Data;
    expect(about.embeds[0]).toMatchObject({
      title: "Kleine Überschrift zum Test",
      fields: expect.arrayContaining([{ name: "Datiert", value: "Montag (27. Dezember)" }]),
    });

    const third = messageData(await h.fake.slashCommand({ name: "source", options: { paragraph: 3 } }).waitForCallback()) as Data;
    expect(third.embeds[0]?.description).toMatch(/^\*\*Paragraph 3 of 3\*\*\n„Wir freuen uns“/);

    const beyond = h.fake.slashCommand({ name: "source", options: { paragraph: 9 } });
    expect(messageData(await beyond.waitForCallback())).toMatchObject({
      content: "There is no paragraph 9; the article has 3 paragraphs.",
      flags: 64,
    });
    expect(h.logs.some((l) => l.level >= 50 && l["interactionId"] === beyond.id)).toBe(false);
  });

  it("GIVEN /help with a German locale THEN the help in German", async () => {
    const data = messageData(await h.fake.slashCommand({ name: "help", locale: "de-AT" }).waitForCallback()) as Data;
    expect(data).toMatchObject({ flags: 64 });
    expect(data.embeds[0]).toMatchObject({ title: "So funktioniere ich" });
  });

  it("GIVEN /help THEN the option to post publicly is written as Discord takes it: public:true", async () => {
    const english = messageData(await h.fake.slashCommand({ name: "help" }).waitForCallback()) as Data;
    expect(english.embeds[0]?.description).toContain("with `public:true` or");
    const german = messageData(await h.fake.slashCommand({ name: "help", locale: "de" }).waitForCallback()) as Data;
    expect(german.embeds[0]?.description).toContain("mit `öffentlich:true` oder");
    expect(`${english.embeds[0]?.description}${german.embeds[0]?.description}`).not.toMatch(/True/);
  });
});

describe("autocomplete through the fake Discord", () => {
  const choices = async (value: string, locale = "en-US") => {
    const typing = h.fake.autocomplete({ name: "ask", focused: "question", value, locale });
    const callback = await typing.waitForCallback();
    expect((callback.body as { type: number }).type).toBe(8);
    return (callback.body as { data: { choices: { name: string; value: string }[] } }).data.choices;
  };

  it("GIVEN nothing typed THEN the first canonical questions in the locale's language", async () => {
    expect((await choices("", "de")).map((c) => c.name)).toEqual([
      "Wann finden die Gespräche statt?",
      "Was sagte der Sprecher?",
      "Wer ist der Sprecher?",
    ]);
    expect((await choices("")).map((c) => c.value)[0]).toBe("When are the talks?");
  });

  it("GIVEN a half-typed question THEN the best-matching questions in the language typed", async () => {
    expect((await choices("Was sagte der Spre", "en-US"))[0]).toEqual({
      name: "Was sagte der Sprecher?",
      value: "Was sagte der Sprecher?",
    });
  });
});

describe("every message the bot sent in this file", () => {
  it("GIVEN all replies above THEN each disallows every mention and fits Discord's limits", () => {
    const sent = messageRequests(h.fake);
    expect(sent.length).toBeGreaterThan(20);
    for (const request of sent) {
      const data = messageData(request);
      expect(data["allowed_mentions"], request.path).toEqual({ parse: [], replied_user: false });
      expectWithinDiscordLimits(data);
    }
    expect(h.fake.unhandledRequests()).toEqual([]);
  });
});
