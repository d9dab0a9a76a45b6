import { writeFile } from "node:fs/promises";
import type { Client } from "discord.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { speaksForBot } from "../../src/discord/kb/modLog.js";
import { changeKnowledge } from "../../src/knowledge/store/store.js";
import { ask, type KbHarness, startKbHarness } from "./kb/kbHarness.js";

let h: KbHarness;
beforeAll(async () => {
  h = await startKbHarness();
});
afterAll(async () => {
  await h?.close();
});

/** Asks until the answer says `expected`, for at most `ms`. */
async function answeredWithin(question: string, expected: string, ms: number): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < ms) {
    if ((await ask(h, question)).description === expected) return Date.now() - started;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`"${question}" not answered with "${expected}" within ${ms} ms`);
}

describe("the running bot follows the knowledge file", () => {
  it("GIVEN a valid change written by someone else (the kb CLI, an editor) THEN the bot answers from it within 2 s", async () => {
    const outcome = await changeKnowledge(
      { file: h.copy.file, dataDir: h.copy.dataDir, historyLimit: 5 },
      { kind: "add-question", id: "talks-date", language: "en", question: "When will the negotiators sit down?" },
      "cli:test",
    );
    expect(outcome.ok).toBe(true);
    expect(await answeredWithin("When will the negotiators sit down?", "On January 10.", 2000)).toBeLessThan(2000);
  });

  it("GIVEN questions asked while the knowledge changes THEN every one is answered, by the old or the new version", async () => {
    const store = { file: h.copy.file, dataDir: h.copy.dataDir, historyLimit: 5 };
    const asked = Array.from({ length: 30 }, () => ask(h, "When are the talks?"));
    const changes = ["When do the delegations meet?", "When do the envoys meet?"].map((question) =>
      changeKnowledge(store, { kind: "add-question", id: "talks-date", language: "en", question }, "cli:test"),
    );
    const answers = await Promise.all(asked);
    expect((await Promise.all(changes)).every((outcome) => outcome.ok)).toBe(true);
    expect(answers.every((answer) => answer.description === "On January 10.")).toBe(true);
  });

  it("GIVEN a broken save THEN the last good knowledge keeps answering; the problems are logged and posted to the mod-log channel once", async () => {
    const mark = h.fake.mark();
    const good = await h.file();
    const broken = good.replace("topic: schedule", "topic: nope");
    await writeFile(h.copy.file, broken);
    const post = await h.fake.waitForRequest(
      (r) => r.method === "POST" && r.path === `/channels/${h.modGuild.channelId}/messages`,
      {
        since: mark,
        timeoutMs: 2000,
      },
    );
    const body = post.body as { embeds: { title: string; description: string }[]; allowed_mentions: unknown };
    expect(body.allowed_mentions).toEqual({ parse: [] });
    expect(body.embeds[0]?.title).toBe("The knowledge file has problems");
    expect(body.embeds[0]?.description).toMatch(
      /qa\.yaml:\d+ entry "talks-date" topic: unknown topic "nope" \(known: schedule\)/,
    );
    expect(
      h.logs.some((l) => l.msg.includes("still answering from the last good version") && l.msg.includes('unknown topic "nope"')),
    ).toBe(true);
    expect(await ask(h, "When are the talks?")).toMatchObject({ description: "On January 10." });

    // Saved again unchanged (an editor's second save, another shard's watcher): not posted again.
    await writeFile(h.copy.file, broken);
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(h.fake.requests(mark).filter((r) => r.path === `/channels/${h.modGuild.channelId}/messages`)).toHaveLength(1);

    await writeFile(h.copy.file, good);
    await answeredWithin("When are the talks?", "On January 10.", 2000);
  });

  it("GIVEN several shard processes THEN only the one holding shard 0 posts to the mod-log channel", () => {
    const as = (shard: { ids: number[] } | null) => ({ shard }) as unknown as Pick<Client, "shard">;
    expect(speaksForBot(as(null))).toBe(true);
    expect(speaksForBot(as({ ids: [0] }))).toBe(true);
    expect(speaksForBot(as({ ids: [1] }))).toBe(false);
  });
});
