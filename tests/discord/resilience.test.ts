import { GatewayIntentBits } from "discord.js";
import { pino } from "pino";
import { afterEach, describe, expect, it } from "vitest";
import { startBot } from "../support/shippedBot.js";
import { GatewayOp, UNKNOWN_INTERACTION } from "../support/fakeDiscord.js";
import { testClientOptions } from "../support/testClient.js";
import { messageData, startHarness, type Harness } from "./botHarness.js";

type Data = Record<string, unknown> & { embeds: { title?: string }[] };

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

/** The fixture answerer, except that anything mentioning "boom" throws: an unexpected bug in a handler. */
const explosive = {
  answerer: (real: Harness["answerer"]): Harness["answerer"] => ({
    ...real,
    answer: (question, options) => {
      if (question.includes("boom")) throw new Error("kaboom");
      return real.answer(question, options);
    },
    suggest: (prefix, language, limit) => {
      if (prefix.includes("boom")) throw new Error("kaboom");
      return real.suggest(prefix, language, limit);
    },
  }),
};

describe("the bot under faults", () => {
  it("GIVEN the bot connects THEN it identifies with Guilds, GuildMessages and DirectMessages only: no privileged intent", async () => {
    h = await startHarness();
    const identify = h.fake.gatewayFrames().find((f) => f.direction === "in" && f.op === GatewayOp.Identify);
    const intents = (identify?.d as { intents: number }).intents;
    expect(intents).toBe(GatewayIntentBits.Guilds | GatewayIntentBits.GuildMessages | GatewayIntentBits.DirectMessages);
    expect(intents & (GatewayIntentBits.MessageContent | GatewayIntentBits.GuildMembers | GatewayIntentBits.GuildPresences)).toBe(
      0,
    );
  });

  it("GIVEN a wrong token THEN startBot rejects at once with TokenInvalid", async () => {
    h = await startHarness();
    const started = Date.now();
    const fast = testClientOptions(h.fake);
    const attempt = startBot({
      token: "wrong",
      config: { DISCORD_API_URL: h.fake.apiUrl, COOLDOWN_QUESTIONS: 5, COOLDOWN_SECONDS: 10 },
      logger: pino({ level: "silent" }),
      answerer: () => h!.answerer,
      ...(fast.rest !== undefined ? { clientOptions: { rest: fast.rest } } : {}),
    });
    await expect(attempt).rejects.toMatchObject({ code: "TokenInvalid" });
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it("GIVEN the gateway closes with 4000 THEN the bot resumes its session and still answers", async () => {
    h = await startHarness();
    const since = h.fake.gatewayMark();
    h.fake.closeGateway(4000);
    const command = h.fake.slashCommand({ name: "ask", options: { question: "When are the talks?" } });
    await h.fake.waitForGatewayFrame((f) => f.direction === "in" && f.op === GatewayOp.Resume, { since });
    const data = messageData(await command.waitForCallback()) as Data;
    expect(data.embeds[0]).toMatchObject({ title: "When are the talks?" });
    expect(h.fake.gatewayFrames(since).some((f) => f.op === GatewayOp.Identify)).toBe(false);
  });

  it("GIVEN a handler that throws THEN a short private apology, an error line with the interaction id, and the bot carries on", async () => {
    h = await startHarness(explosive);
    const failing = h.fake.slashCommand({ name: "ask", options: { question: "boom" }, locale: "de" });
    expect(messageData(await failing.waitForCallback())).toMatchObject({
      content: expect.stringMatching(/^Entschuldigung/),
      flags: 64,
    });
    expect(h.logs.find((l) => l.msg === "interaction failed")).toMatchObject({
      level: 50,
      interactionId: failing.id,
      handler: "/ask",
      err: { message: "kaboom" },
    });

    const next = h.fake.slashCommand({ name: "ask", options: { question: "When are the talks?" } });
    expect((messageData(await next.waitForCallback()) as Data).embeds[0]).toMatchObject({ title: "When are the talks?" });
  });

  it("GIVEN autocomplete that throws THEN it still answers, with an empty list", async () => {
    h = await startHarness(explosive);
    const typing = h.fake.autocomplete({ name: "ask", focused: "question", value: "boom" });
    expect((await typing.waitForCallback()).body).toEqual({ type: 8, data: { choices: [] } });
    expect(h.logs.find((l) => l.msg === "autocomplete failed")).toMatchObject({ interactionId: typing.id });
  });

  it("GIVEN a DM whose handling throws THEN the person gets the apology as a reply and it is logged with the message id", async () => {
    h = await startHarness(explosive);
    const dm = h.fake.messageCreate({ content: "boom?", dm: true });
    expect(messageData(await dm.waitForReply())).toMatchObject({
      content: expect.stringMatching(/^Sorry, something went wrong/),
      allowed_mentions: { parse: [] },
    });
    expect(h.logs.find((l) => l.msg === "message handler failed")).toMatchObject({ messageId: dm.id });
  });

  it("GIVEN Discord refuses the reply (Unknown interaction) THEN it is logged once, as a warning, and the bot keeps answering", async () => {
    h = await startHarness();
    h.fake.failNext({ method: "POST", pathPattern: "/interactions/*/*/callback", ...UNKNOWN_INTERACTION });
    const lost = h.fake.slashCommand({ name: "help" });
    await expect
      .poll(() => h!.logs.find((l) => l.msg === "interaction expired before the reply"))
      .toMatchObject({ level: 40, interactionId: lost.id, handler: "/help", err: { code: 10062 } });
    const next = h.fake.slashCommand({ name: "help" });
    expect(messageData(await next.waitForCallback())).toMatchObject({ flags: 64 });
    // No apology was attempted through the dead interaction, and nothing else was logged about it.
    expect(lost.requests()).toHaveLength(1);
    expect(h.logs.filter((l) => JSON.stringify(l).includes(lost.id))).toHaveLength(1);
    expect(JSON.stringify(h.logs)).not.toContain(lost.token);
  });
});
