import { afterEach, describe, expect, it } from "vitest";
import { TOKEN, messageData } from "../discord/botHarness.js";
import { GatewayOp, shardForGuild, startFakeDiscord, type FakeDiscord } from "../support/fakeDiscord.js";
import { fixtureKnowledge } from "../support/knowledgeFixture.js";
import { spawnBot, type SpawnedBot } from "./support/spawnBot.js";

/** A guild id (snowflake) that Discord's formula puts on `shard` of 2. */
const guildOnShard = (shard: number): string => String(((1n << 40n) + BigInt(shard)) << 22n);

let fake: FakeDiscord | undefined;
let spawned: SpawnedBot | undefined;
afterEach(async () => {
  await spawned?.stop();
  await fake?.close();
  spawned = undefined;
  fake = undefined;
});

describe("SHARDS=auto under discord.js's ShardingManager (spawned)", () => {
  it("GIVEN Discord recommends 2 shards THEN two shard processes identify as [0,2] and [1,2] and each answers its own guild", async () => {
    const guilds = [guildOnShard(0), guildOnShard(1)];
    expect(guilds.map((id) => shardForGuild(id, 2))).toEqual([0, 1]);
    fake = await startFakeDiscord({ token: TOKEN, shards: 2, guilds: guilds.map((id) => ({ id })) });
    spawned = spawnBot({
      DISCORD_TOKEN: TOKEN,
      DISCORD_API_URL: fake.apiUrl,
      KNOWLEDGE_FILE: await fixtureKnowledge(),
      SHARDS: "auto",
    });
    // The manager spaces the shards' starts 5.5 s apart (Discord's identify limit).
    await spawned.waitFor(/every shard is connected/, 30_000);

    // The count came from the configured API, not from discord.com.
    expect(fake.requests().filter((r) => r.path === "/gateway/bot").length).toBeGreaterThanOrEqual(1);
    const identifies = fake.gatewayFrames().filter((f) => f.direction === "in" && f.op === GatewayOp.Identify);
    expect(identifies.map((f) => (f.d as { shard: number[] }).shard).sort()).toEqual([
      [0, 2],
      [1, 2],
    ]);
    expect(new Set(identifies.map((f) => f.connectionId)).size).toBe(2);

    for (const guildId of guilds) {
      const command = fake.slashCommand({ name: "ask", options: { question: "When are the talks?" }, guildId });
      expect(messageData(await command.waitForCallback({ timeoutMs: 8000 }))).toMatchObject({
        embeds: [{ title: "When are the talks?" }],
      });
    }
    const output = spawned.output();
    expect(output).toMatch(/"shard":\[0\].*"msg":"connected to Discord"/);
    expect(output).toMatch(/"shard":\[1\].*"msg":"connected to Discord"/);

    spawned.child.kill("SIGTERM");
    expect((await spawned.exited).code).toBe(0);
    expect(fake.sessions().every((session) => !session.connected)).toBe(true);
    expect(spawned.output()).not.toContain(TOKEN);
  });
});
