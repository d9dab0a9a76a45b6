import { afterEach, describe, expect, it } from "vitest";
import { TOKEN, messageData } from "../discord/botHarness.js";
import { startFakeDiscord, type FakeDiscord } from "../support/fakeDiscord.js";
import { fixtureKnowledge } from "../support/knowledgeFixture.js";
import { startSlowProxy, type SlowProxy } from "./support/slowProxy.js";
import { spawnBot, type SpawnedBot } from "./support/spawnBot.js";

/** What the issue allows for replies in flight, plus room for closing the connection and a busy machine. */
const STOP_BOUND_MS = 5000 + 3000;

let fake: FakeDiscord | undefined;
let proxy: SlowProxy | undefined;
let spawned: SpawnedBot | undefined;
afterEach(async () => {
  await spawned?.stop();
  await proxy?.close();
  await fake?.close();
  spawned = undefined;
  proxy = undefined;
  fake = undefined;
});

describe("SIGTERM (spawned bot)", () => {
  it("GIVEN a reply in flight on a slow network WHEN SIGTERM THEN no new question is taken, the reply arrives, the connection closes, exit 0", async () => {
    fake = await startFakeDiscord({ token: TOKEN });
    proxy = await startSlowProxy(fake.apiUrl);
    // SHARDS=off as a .env would set it: discord.js must not read it as a shard list (JSON.parse("off") throws).
    spawned = spawnBot({
      DISCORD_TOKEN: TOKEN,
      DISCORD_API_URL: proxy.apiUrl,
      KNOWLEDGE_FILE: await fixtureKnowledge(),
      SHARDS: "off",
    });
    await spawned.waitFor(/connected to Discord/);

    const callback = /\/interactions\/\d+\/[^/]+\/callback/;
    proxy.slowDown(callback, 1500);
    const inFlight = fake.slashCommand({ name: "ask", options: { question: "When are the talks?" } });
    await proxy.arrived(callback);
    const signalled = Date.now();
    spawned.child.kill("SIGTERM");
    await spawned.waitFor(/stopping: no new questions/);
    const tooLate = fake.slashCommand({ name: "ask", options: { question: "When are the talks?" }, user: fake.makeUser() });

    const exit = await spawned.exited;
    expect(exit.code).toBe(0);
    expect(exit.at - signalled).toBeLessThan(STOP_BOUND_MS);
    const reply = await inFlight.waitForCallback({ timeoutMs: 1 });
    expect(messageData(reply)).toMatchObject({ embeds: [{ title: "When are the talks?" }] });
    expect(reply.at).toBeGreaterThanOrEqual(signalled);
    expect(tooLate.requests()).toEqual([]);
    expect(fake.sessions().every((session) => !session.connected)).toBe(true);
    const output = spawned.output();
    expect(output.indexOf("stopping: no new questions")).toBeLessThan(output.indexOf('"msg":"stopped"'));
    expect(output).not.toMatch(/replies still in flight/);
  });
});
