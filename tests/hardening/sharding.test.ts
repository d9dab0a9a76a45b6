import { afterEach, describe, expect, it, vi } from "vitest";
import { TOKEN, messageData } from "../discord/botHarness.js";
import { GatewayOp, shardForGuild, startFakeDiscord, type FakeDiscord } from "../support/fakeDiscord.js";
import { fixtureKnowledgeCopy } from "../support/knowledgeCopy.js";
import { changeKnowledge, knowledgeHistory } from "../../src/knowledge/store/store.js";
import { spawnBot, type SpawnedBot } from "./support/spawnBot.js";

/** Not in the fixture knowledge; the test adds it to "talks-date" while both shards run. */
const NEW_PHRASING = "On what day do the envoys sit down together?";
/** What the bot titles an answer from "talks-date" in English: its canonical question. */
const TALKS_DATE_TITLE = "When are the talks?";

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
  it("GIVEN Discord recommends 2 shards THEN two shard processes identify as [0,2] and [1,2], each answers its own guild, and a knowledge change reaches both", async () => {
    const guilds = [guildOnShard(0), guildOnShard(1)];
    expect(guilds.map((id) => shardForGuild(id, 2))).toEqual([0, 1]);
    fake = await startFakeDiscord({ token: TOKEN, shards: 2, guilds: guilds.map((id) => ({ id })) });
    // A temporary copy of the knowledge and its own DATA_DIR (history, analytics), shared by both shards.
    const copy = await fixtureKnowledgeCopy();
    spawned = spawnBot({
      DISCORD_TOKEN: TOKEN,
      DISCORD_API_URL: fake.apiUrl,
      KNOWLEDGE_FILE: copy.file,
      DATA_DIR: copy.dataDir,
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

    // Knowledge changes reach every shard: a moderator's change (through the store, as /kb and
    // `npm run kb` write it) is answered from by both shard processes, each following the file itself.
    const ask = async (guildId: string): Promise<unknown> => {
      const command = fake!.slashCommand({ name: "ask", options: { question: NEW_PHRASING }, guildId });
      return (messageData(await command.waitForCallback({ timeoutMs: 8000 })) as { embeds?: { title?: string }[] }).embeds?.[0]
        ?.title;
    };
    for (const guildId of guilds) expect(await ask(guildId)).not.toBe(TALKS_DATE_TITLE);
    const reloadsBefore = spawned.output().length;
    const changedAt = Date.now();
    const outcome = await changeKnowledge(
      { file: copy.file, dataDir: copy.dataDir, historyLimit: 5 },
      { kind: "add-question", id: "talks-date", language: "en", question: NEW_PHRASING },
      "test:sharding",
    );
    expect(outcome).toMatchObject({ ok: true, changed: true });
    // Each shard logs the reload of the file it follows (the manager relays their output).
    const sinceChange = (): string => spawned!.output().slice(reloadsBefore);
    await vi.waitFor(
      () => {
        for (const shard of [0, 1])
          expect(sinceChange()).toMatch(new RegExp(`"shard":\\[${shard}\\][^\\n]*"msg":"knowledge reloaded`));
      },
      { timeout: 5000, interval: 50 },
    );
    for (const guildId of guilds) expect(await ask(guildId)).toBe(TALKS_DATE_TITLE);
    expect(Date.now() - changedAt).toBeLessThan(5000);
    expect((await knowledgeHistory({ dataDir: copy.dataDir })).map((record) => record.author)).toEqual(["test:sharding"]);

    spawned.child.kill("SIGTERM");
    expect((await spawned.exited).code).toBe(0);
    expect(fake.sessions().every((session) => !session.connected)).toBe(true);
    expect(spawned.output()).not.toContain(TOKEN);
  });
});
