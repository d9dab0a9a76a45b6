import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LIMITS } from "../../src/discord/reply/limits.js";
import { messageData, messageRequests, startHarness, type Harness } from "../discord/botHarness.js";
import type { RecordedRequest } from "../support/fakeDiscord.js";
import { FIXED_CASES, LONE_SURROGATE, hostileText } from "./support/hostileStrings.js";
import { expectSafeMessage } from "./support/messageTexts.js";

/** The fixed cases and a reproducible sample of generated ones, sent through every surface. */
const DISCORD_INPUTS: readonly string[] = [...FIXED_CASES, ...fc.sample(hostileText, { numRuns: 40, seed: 6 })];
const WAIT = { timeoutMs: 10_000 };

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

/** Every message the bot sent since `mark` passes the safety checks. */
function expectEverythingSafe(since: number): void {
  const sent = messageRequests(h.fake).filter((r) => r.index >= since);
  expect(sent.length).toBeGreaterThan(0);
  for (const request of sent) expectSafeMessage(messageData(request));
}

/** The wait helpers resolve on an accepted (2xx) request only. */
const accepted = (request: RecordedRequest): boolean => request.status >= 200 && request.status < 300;

describe("hostile input through the fake Discord", () => {
  it("GIVEN hostile questions to /ask THEN each gets one reply, within limits, that cannot ping", async () => {
    const since = h.fake.mark();
    const handles = DISCORD_INPUTS.map((question, i) =>
      h.fake.slashCommand({ name: "ask", options: { question }, user: h.fake.makeUser(), locale: i % 2 ? "de" : "en-US" }),
    );
    for (const handle of handles) {
      expect(accepted(await handle.waitForCallback(WAIT))).toBe(true);
      expect(handle.requests().filter(accepted)).toHaveLength(1);
    }
    expectEverythingSafe(since);
  });

  it("GIVEN hostile text typed into /ask THEN autocomplete always answers with valid choices", async () => {
    const handles = DISCORD_INPUTS.map((value) =>
      h.fake.autocomplete({ name: "ask", focused: "question", value: value.slice(0, 6000), user: h.fake.makeUser() }),
    );
    for (const handle of handles) {
      const body = (await handle.waitForCallback(WAIT)).body as {
        type: number;
        data: { choices: { name: string; value: string }[] };
      };
      expect(body.type).toBe(8);
      expect(body.data.choices.length).toBeLessThanOrEqual(LIMITS.autocompleteChoices);
      for (const choice of body.data.choices) {
        expect(choice.name.length).toBeGreaterThan(0);
        expect(choice.name.length).toBeLessThanOrEqual(LIMITS.autocompleteChoice);
        expect(choice.name).not.toMatch(LONE_SURROGATE);
      }
    }
  });

  it("GIVEN hostile DMs and mentions THEN each gets one reply, within limits, that cannot ping", async () => {
    const since = h.fake.mark();
    // Discord takes at most 4,000 characters in a message (with Nitro); longer ones cannot arrive.
    const texts = DISCORD_INPUTS.map((text) => text.slice(0, 4000));
    const handles = texts.flatMap((content) => [
      h.fake.messageCreate({ content, dm: true, author: h.fake.makeUser() }),
      h.fake.messageCreate({
        content: `<@${h.fake.botUser.id}> ${content}`,
        mentions: [h.fake.botUser],
        author: h.fake.makeUser(),
      }),
    ]);
    for (const handle of handles) expect(accepted(await handle.waitForReply(WAIT))).toBe(true);
    // Mentions share a channel: a reply is matched to its question by the message it replies to.
    const repliesTo = (id: string): RecordedRequest[] =>
      h.fake
        .requests(since)
        .filter((r) => accepted(r) && r.method === "POST")
        .filter((r) => (r.body as { message_reference?: { message_id?: string } }).message_reference?.message_id === id);
    await expect.poll(() => handles.every((handle) => repliesTo(handle.id).length === 1)).toBe(true);
    expectEverythingSafe(since);
  });

  it("GIVEN forged buttons and menus with hostile ids and values THEN each is answered (an apology at worst) and the bot lives", async () => {
    const since = h.fake.mark();
    const handles = DISCORD_INPUTS.flatMap((text) => [
      h.fake.buttonClick({ customId: text.slice(0, 100) || "x", user: h.fake.makeUser() }),
      h.fake.selectMenu({
        customId: `qa:pick:de:${text}`.slice(0, 100),
        values: [text.slice(0, 100) || "x"],
        user: h.fake.makeUser(),
      }),
    ]);
    for (const handle of handles) expect(accepted(await handle.waitForCallback(WAIT))).toBe(true);
    expectEverythingSafe(since);
    const next = h.fake.slashCommand({ name: "ask", options: { question: "When are the talks?" } });
    expect(messageData(await next.waitForCallback())).toMatchObject({ embeds: [{ title: "When are the talks?" }] });
  });
});
