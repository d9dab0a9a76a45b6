import { writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { createAnswerer, type Answerer } from "../../src/answering/answerer.js";
import { loadKnowledge } from "../../src/knowledge/load.js";
import { messageData } from "../discord/botHarness.js";
import { GatewayOp, UNKNOWN_INTERACTION, type RecordedRequest } from "../support/fakeDiscord.js";
import { fixtureKnowledge } from "../support/knowledgeFixture.js";
import { startBotOnFake, type BotOnFake } from "./support/botOnFake.js";

type Data = Record<string, unknown> & {
  content?: string;
  embeds: { title?: string; description?: string; fields?: { value: string }[] }[];
};

const CALLBACK = "/interactions/*/*/callback";
const CHANNEL_MESSAGES = "/channels/*/messages";
const WAIT = { timeoutMs: 8000 };

let b: BotOnFake | undefined;
afterEach(async () => {
  await b?.close();
  b = undefined;
});

const ask = (bot: BotOnFake, question = "When are the talks?") =>
  bot.fake.slashCommand({ name: "ask", options: { question }, user: bot.fake.makeUser() });
const titleOf = (request: RecordedRequest): string | undefined => (messageData(request) as Data).embeds[0]?.title;

describe("Discord faults through the fake Discord", () => {
  it("GIVEN a 429 with Retry-After on the interaction callback THEN the reply still arrives, after the wait", async () => {
    b = await startBotOnFake();
    b.fake.failNext({ method: "POST", pathPattern: CALLBACK, status: 429, retryAfter: 1 });
    const command = ask(b);
    const reply = await command.waitForCallback(WAIT);
    expect(titleOf(reply)).toBe("When are the talks?");
    const [limited, accepted] = command.requests();
    expect(limited).toMatchObject({ status: 429, injected: true });
    expect(accepted!.at - limited!.at).toBeGreaterThanOrEqual(900);
  });

  it("GIVEN a 429 with Retry-After on a channel message THEN the DM reply still arrives", async () => {
    b = await startBotOnFake();
    b.fake.failNext({ method: "POST", pathPattern: CHANNEL_MESSAGES, status: 429, retryAfter: 1 });
    const dm = b.fake.messageCreate({ content: "When are the talks?", dm: true });
    expect(titleOf(await dm.waitForReply(WAIT))).toBe("When are the talks?");
    expect(dm.requests().map((r) => r.status)).toEqual([429, 200]);
  });

  it("GIVEN 500 on every try of a reply THEN it is logged, the person gets the apology, and the bot answers the next question", async () => {
    b = await startBotOnFake();
    // @discordjs/rest tries a 5xx four times (three retries); all four fail.
    b.fake.failNext({ method: "POST", pathPattern: CALLBACK, status: 500, times: 4 });
    const command = ask(b);
    expect((messageData(await command.waitForCallback(WAIT)) as Data).content).toMatch(/^Sorry, something went wrong/);
    expect(b.logs.find((l) => l.msg === "interaction failed" && l["interactionId"] === command.id)).toMatchObject({
      level: 50,
      err: { status: 500 },
    });
    expect(titleOf(await ask(b).waitForCallback(WAIT))).toBe("When are the talks?");
  });

  it("GIVEN 500 on a DM reply THEN the apology is sent instead; 500 on that too THEN it is logged and the bot lives", async () => {
    b = await startBotOnFake();
    b.fake.failNext({ method: "POST", pathPattern: CHANNEL_MESSAGES, status: 500, times: 4 });
    const first = b.fake.messageCreate({ content: "When are the talks?", dm: true });
    expect((messageData(await first.waitForReply(WAIT)) as Data).content).toMatch(/^Sorry, something went wrong/);

    b.fake.failNext({ method: "POST", pathPattern: CHANNEL_MESSAGES, status: 500, times: 8 });
    const lost = b.fake.messageCreate({ content: "When are the talks?", dm: true, author: b.fake.makeUser() });
    await expect
      .poll(() => b!.logs.find((l) => l.msg === "could not tell the person about the failure" && l["messageId"] === lost.id))
      .toBeDefined();
    const next = b.fake.messageCreate({ content: "When are the talks?", dm: true, author: b.fake.makeUser() });
    expect(titleOf(await next.waitForReply(WAIT))).toBe("When are the talks?");
  });

  it.each([
    ["close 4000", (bot: BotOnFake) => bot.fake.closeGateway(4000)],
    ["close 1001", (bot: BotOnFake) => bot.fake.closeGateway(1001)],
    ["a dropped connection (1006)", (bot: BotOnFake) => bot.fake.terminateGateway()],
    ["op 7 Reconnect", (bot: BotOnFake) => bot.fake.sendReconnect()],
    ["op 9 Invalid Session (resumable)", (bot: BotOnFake) => bot.fake.sendInvalidSession(true)],
  ])("GIVEN the gateway's %s THEN the bot resumes and answers the questions sent meanwhile", async (_, fault) => {
    b = await startBotOnFake();
    const since = b.fake.gatewayMark();
    fault(b);
    // Sent while the bot is away: Discord keeps them for the session and replays them on resume.
    const meanwhile = [
      ask(b),
      ask(b, "Wann finden die Gespräche statt?"),
      b.fake.messageCreate({ content: "When are the talks?", dm: true }),
    ];
    await b.fake.waitForGatewayFrame((f) => f.direction === "in" && f.op === GatewayOp.Resume, { since, ...WAIT });
    for (const handle of meanwhile) {
      const reply = "waitForCallback" in handle ? await handle.waitForCallback(WAIT) : await handle.waitForReply(WAIT);
      expect(titleOf(reply)).toMatch(/talks|Gespräche/);
    }
    expect(b.fake.gatewayFrames(since).some((f) => f.direction === "in" && f.op === GatewayOp.Identify)).toBe(false);
  });

  it("GIVEN op 9 Invalid Session (not resumable) THEN the bot identifies anew and answers again", async () => {
    b = await startBotOnFake();
    const since = b.fake.gatewayMark();
    b.fake.sendInvalidSession(false);
    await b.fake.waitForGatewayFrame((f) => f.direction === "in" && f.op === GatewayOp.Identify, { since, ...WAIT });
    await b.fake.waitForGatewayFrame((f) => f.direction === "out" && f.t === "READY", { since, ...WAIT });
    expect(titleOf(await ask(b).waitForCallback(WAIT))).toBe("When are the talks?");
  });

  it("GIVEN expired interactions (10062) on a command and on autocomplete THEN each is logged once, as a warning, and nothing crashes", async () => {
    b = await startBotOnFake();
    b.fake.failNext({ method: "POST", pathPattern: CALLBACK, ...UNKNOWN_INTERACTION, times: 2 });
    const command = ask(b);
    const typing = b.fake.autocomplete({ name: "ask", focused: "question", value: "Wann", user: b.fake.makeUser() });
    for (const id of [command.id, typing.id]) {
      // The info line "question handled" is not about the failure; everything at warn and above is.
      const failures = () => b!.logs.filter((l) => l.level >= 40 && JSON.stringify(l).includes(id));
      await expect.poll(() => failures().map((l) => [l.level, l.msg])).toEqual([[40, "interaction expired before the reply"]]);
    }
    expect(command.requests()).toHaveLength(1);
    expect(typing.requests()).toHaveLength(1);
    expect(titleOf(await ask(b).waitForCallback(WAIT))).toBe("When are the talks?");
  });
});

/** A second version of the fixture knowledge: other answers, another headline (and so another article). */
async function changedAnswerer(): Promise<Answerer> {
  const path = await fixtureKnowledge((t) => t.replaceAll("On January 10.", "New, on January 10."));
  const dir = dirname(path);
  await writeFile(
    join(dir, "article.de.txt"),
    "Neue Überschrift\n\nBilaterale Gespräche sind für den 10. Januar geplant, sagte der Sprecher.\n\n„Wir freuen uns“, sagte der Sprecher. Bilaterale Gespräche sind für den 10. Januar geplant.\n",
  );
  await writeFile(
    join(dir, "article.yaml"),
    "headline: Neue Überschrift\nlanguage: de\ndateline: { de: Montag (27. Dezember), en: Monday (27 December) }\ntalks: { de: im Januar, en: in January }\n",
  );
  const loaded = await loadKnowledge(path);
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
  return createAnswerer(loaded.knowledge);
}

describe("a knowledge reload during a burst of questions", () => {
  it("GIVEN 300 questions and the answerer swapped midway THEN every one is answered once, wholly from the old or wholly from the new knowledge", async () => {
    b = await startBotOnFake();
    const next = await changedAnswerer();
    const handles = [];
    for (let i = 0; i < 300; i++) {
      handles.push(ask(b));
      if (i % 20 === 19) await new Promise((resolve) => setTimeout(resolve, 5));
      if (i === 150) b.setAnswerer(next);
    }
    const versions = await Promise.all(
      handles.map(async (handle) => {
        const data = messageData(await handle.waitForCallback(WAIT)) as Data;
        expect(handle.requests().filter((r) => r.status < 300)).toHaveLength(1);
        const embed = data.embeds[0]!;
        const answer = embed.description === "New, on January 10." ? "new" : embed.description === "On January 10." ? "old" : "?";
        const headline = embed.fields![0]!.value.includes("Neue Überschrift") ? "new" : "old";
        return `${answer}/${headline}`;
      }),
    );
    expect(new Set(versions)).toEqual(new Set(["old/old", "new/new"]));
  });
});
