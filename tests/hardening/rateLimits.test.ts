import { afterEach, describe, expect, it } from "vitest";
import { messageData } from "../discord/botHarness.js";
import type { InteractionHandle, RecordedRequest } from "../support/fakeDiscord.js";
import { startBotOnFake, type BotOnFake } from "./support/botOnFake.js";

type Data = { content?: string; flags?: number; embeds: { title?: string }[] };

/** Questions in the flood, counted for the figures in docs/reliability.md. */
const FLOOD = 1000;
/** Discord's own deadline for the first reply to an interaction: "promptly" can mean no less. */
const INTERACTION_DEADLINE_MS = 3000;
const WAIT = { timeoutMs: 15_000 };

let b: BotOnFake | undefined;
afterEach(async () => {
  await b?.close();
  b = undefined;
});

const data = (request: RecordedRequest): Data => messageData(request) as Data;
const isSlowDown = (d: Data): boolean => /^Not so fast! You can ask again in \d+ s\.$/.test(d.content ?? "");

describe("rate limits: a flood from one user", () => {
  it(`GIVEN ${FLOOD} /ask from one user THEN 5 answers, a private "slow down" for each other one, and everyone else answered within 3 s`, async () => {
    b = await startBotOnFake({ COOLDOWN_QUESTIONS: 5, COOLDOWN_SECONDS: 10 });
    const flooder = b.fake.makeUser();
    const flood: InteractionHandle[] = [];
    const others: { handle: InteractionHandle; at: number }[] = [];
    for (let i = 0; i < FLOOD; i++) {
      flood.push(b.fake.slashCommand({ name: "ask", options: { question: "When are the talks?" }, user: flooder }));
      if (i % 100 === 50) {
        others.push({
          handle: b.fake.slashCommand({ name: "ask", options: { question: "When are the talks?" }, user: b.fake.makeUser() }),
          at: Date.now(),
        });
        // Let the bot work while the flood goes on, as it would on a real connection.
        await new Promise((resolve) => setTimeout(resolve, 1));
      }
    }
    for (const { handle, at } of others) {
      const reply = await handle.waitForCallback(WAIT);
      expect(data(reply).embeds[0]?.title).toBe("When are the talks?");
      expect(reply.at - at).toBeLessThan(INTERACTION_DEADLINE_MS);
    }
    const replies = await Promise.all(flood.map(async (handle) => data(await handle.waitForCallback(WAIT))));
    expect(replies.filter((d) => d.embeds[0]?.title === "When are the talks?")).toHaveLength(5);
    const refused = replies.filter(isSlowDown);
    expect(refused).toHaveLength(FLOOD - 5);
    expect(refused.every((d) => d.flags === 64)).toBe(true);
  });

  it(`GIVEN ${FLOOD} DMs from one user THEN 5 answers and one notice, the rest dropped, and others' DMs answered`, async () => {
    b = await startBotOnFake({ COOLDOWN_QUESTIONS: 5, COOLDOWN_SECONDS: 10 });
    const flooder = b.fake.makeUser();
    const since = b.fake.mark();
    const flood = Array.from({ length: FLOOD }, () =>
      b!.fake.messageCreate({ content: "When are the talks?", dm: true, author: flooder }),
    );
    const other = b.fake.messageCreate({ content: "When are the talks?", dm: true, author: b.fake.makeUser() });
    expect(data(await other.waitForReply(WAIT)).embeds[0]?.title).toBe("When are the talks?");
    // Events are handled in order: once the later DM is answered, the flood has been seen whole.
    const channel = flood[0]!.channelId;
    await expect
      .poll(() => b!.fake.requests(since).filter((r) => r.method === "POST" && r.path === `/channels/${channel}/messages`).length)
      .toBe(6);
    await new Promise((resolve) => setTimeout(resolve, 200));
    const sent = b.fake
      .requests(since)
      .filter((r) => r.method === "POST" && r.path === `/channels/${channel}/messages`)
      .map(data);
    expect(sent.filter((d) => d.embeds[0]?.title === "When are the talks?")).toHaveLength(5);
    expect(sent.filter(isSlowDown)).toHaveLength(1);
  });
});

describe("rate limits: the global cap (GLOBAL_QUESTIONS_PER_SECOND)", () => {
  it("GIVEN a cap of 3 a second and 10 people asking at once THEN 3 answers and 7 private 'slow down', and the log says so once", async () => {
    b = await startBotOnFake({ GLOBAL_QUESTIONS_PER_SECOND: 3 });
    const handles = Array.from({ length: 10 }, () =>
      b!.fake.slashCommand({ name: "ask", options: { question: "When are the talks?" }, user: b!.fake.makeUser() }),
    );
    const replies = await Promise.all(handles.map(async (handle) => data(await handle.waitForCallback(WAIT))));
    expect(replies.filter((d) => d.embeds[0]?.title === "When are the talks?")).toHaveLength(3);
    expect(replies.filter((d) => isSlowDown(d) && d.flags === 64)).toHaveLength(7);
    expect(b.logs.filter((l) => l.msg === "global question cap reached")).toHaveLength(1);
  });

  it("GIVEN the cap reached THEN a DM is told to slow down, and a second later questions are answered again", async () => {
    b = await startBotOnFake({ GLOBAL_QUESTIONS_PER_SECOND: 1 });
    const person = b.fake.makeUser();
    const first = b.fake.messageCreate({ content: "When are the talks?", dm: true, author: person });
    expect(data(await first.waitForReply(WAIT)).embeds[0]?.title).toBe("When are the talks?");
    const second = b.fake.messageCreate({ content: "When are the talks?", dm: true, author: b.fake.makeUser() });
    expect(isSlowDown(data(await second.waitForReply(WAIT)))).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 1100));
    const later = b.fake.messageCreate({ content: "When are the talks?", dm: true, author: b.fake.makeUser() });
    expect(data(await later.waitForReply(WAIT)).embeds[0]?.title).toBe("When are the talks?");
  });
});
