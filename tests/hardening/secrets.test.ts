import { readFile } from "node:fs/promises";
import { Writable } from "node:stream";
import { afterEach, describe, expect, it } from "vitest";
import { startBot } from "../support/shippedBot.js";
import { createLogger, tokenSecrets } from "../../src/runtime/logger.js";
import { TOKEN, fixtureAnswerer, messageData } from "../discord/botHarness.js";
import { startFakeDiscord, type FakeDiscord } from "../support/fakeDiscord.js";
import { fixtureKnowledge } from "../support/knowledgeFixture.js";
import { testClientOptions } from "../support/testClient.js";
import { spawnBot, type SpawnedBot } from "./support/spawnBot.js";

/** The token's secret part: with the public bot id it is the token again, so it must not leak alone either. */
const SIGNATURE = TOKEN.split(".").at(-1)!;

let fake: FakeDiscord | undefined;
let spawned: SpawnedBot | undefined;
afterEach(async () => {
  await spawned?.stop();
  spawned = undefined;
  await fake?.close();
  fake = undefined;
});

function expectNoToken(text: string): void {
  expect(text).not.toContain(TOKEN);
  expect(text).not.toContain(SIGNATURE);
}

/** A Discord error that quotes the token back, as a confused proxy or a bug could. */
const echoing = (status: number) => ({ status, body: { code: 50035, message: `Invalid Form Body (sent with Bot ${TOKEN})` } });

describe("the token never appears in logs, errors or crash output (spawned bot)", () => {
  it("GIVEN REST errors that quote the token, a rejection and a crash that carry it THEN stdout and stderr never show it", async () => {
    fake = await startFakeDiscord({ token: TOKEN });
    spawned = spawnBot(
      { DISCORD_TOKEN: TOKEN, DISCORD_API_URL: fake.apiUrl, KNOWLEDGE_FILE: await fixtureKnowledge(), LOG_LEVEL: "debug" },
      ["tests/hardening/support/crashOnSignal.ts"],
    );
    await spawned.waitFor(/connected to Discord/);

    // The reply and the apology both fail with the token in Discord's message.
    fake.failNext({ method: "POST", pathPattern: "/interactions/*/*/callback", ...echoing(400), times: 2 });
    fake.slashCommand({ name: "ask", options: { question: "When are the talks?" } });
    await spawned.waitFor(/could not tell the person about the failure/);
    // A DM reply fails the same way (a channel message uses the token in its header, too).
    fake.failNext({ method: "POST", pathPattern: "/channels/*/messages", ...echoing(403), times: 2 });
    fake.messageCreate({ content: "When are the talks?", dm: true });
    await spawned.waitFor(/"messageId".*could not tell the person about the failure/);

    spawned.child.kill("SIGUSR2");
    const exit = await spawned.exited;
    expect(exit.code).toBe(1);
    const output = spawned.output();
    expect(output).toMatch(/unhandled rejection/);
    expect(output).toMatch(/"msg":"crashed"/);
    expect(output).toContain("[redacted]");
    expectNoToken(output);
  });

  it("GIVEN Discord's answer to the login quotes the token THEN the 'could not connect' message does not", async () => {
    fake = await startFakeDiscord({ token: TOKEN });
    fake.failNext({ method: "GET", pathPattern: "/gateway/bot", ...echoing(400) });
    spawned = spawnBot({ DISCORD_TOKEN: TOKEN, DISCORD_API_URL: fake.apiUrl, KNOWLEDGE_FILE: await fixtureKnowledge() });
    const exit = await spawned.exited;
    expect(exit.code).toBe(1);
    expect(spawned.output()).toMatch(/Could not connect to Discord .*Invalid Form Body \(sent with Bot \[redacted\]\)/);
    expectNoToken(spawned.output());
  });
});

describe("the token never appears in logs (in process)", () => {
  it("GIVEN a handler that throws an Error containing the token THEN its log line has it redacted", async () => {
    fake = await startFakeDiscord({ token: TOKEN });
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(chunk.toString());
        done();
      },
    });
    const real = await fixtureAnswerer();
    const fast = testClientOptions(fake);
    const bot = await startBot({
      token: TOKEN,
      config: { DISCORD_API_URL: fake.apiUrl, COOLDOWN_QUESTIONS: 5, COOLDOWN_SECONDS: 10 },
      logger: createLogger("debug", "talks-qa", { secrets: tokenSecrets(TOKEN), destination: sink }),
      answerer: () => ({
        ...real,
        answer: () => {
          throw new Error(`the answerer was handed ${TOKEN}`);
        },
      }),
      ...(fast.rest !== undefined ? { clientOptions: { rest: fast.rest } } : {}),
    });
    try {
      const command = fake.slashCommand({ name: "ask", options: { question: "When are the talks?" } });
      expect(messageData(await command.waitForCallback())).toMatchObject({ content: expect.stringMatching(/^Sorry/) });
      await expect.poll(() => lines.join("")).toMatch(/interaction failed/);
      expect(lines.join("")).toContain("the answerer was handed [redacted]");
      expectNoToken(lines.join(""));
    } finally {
      await bot.stop();
    }
  });
});

describe("the repository holds no secret", () => {
  it("GIVEN .gitignore THEN .env is ignored; GIVEN .env.example THEN every value is empty", async () => {
    expect((await readFile(".gitignore", "utf8")).split("\n")).toContain(".env");
    const example = await readFile(".env.example", "utf8");
    const values = example
      .split("\n")
      .filter((line) => /^[A-Z_]+=/.test(line))
      .map((line) => line.slice(line.indexOf("=") + 1));
    expect(values.length).toBeGreaterThan(5);
    expect(values.every((value) => value === "")).toBe(true);
  });
});
