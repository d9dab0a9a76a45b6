import { ChannelType } from "discord.js";
import { afterEach, describe, expect, it } from "vitest";
import { startHarness, type Harness } from "./botHarness.js";

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

describe("what discord.js keeps of the askers", () => {
  it("GIVEN questions from many people by /ask, mention and DM THEN no user, member or message of theirs stays cached", async () => {
    h = await startHarness();
    const { fake, bot } = h;
    const askers = Array.from({ length: 6 }, (_, k) => fake.makeUser({ username: `asker${k}` }));
    for (const user of askers) {
      await fake.slashCommand({ name: "ask", options: { question: "When are the talks?" }, user }).waitForCallback();
      await fake
        .messageCreate({ content: `<@${fake.botUser.id}> When are the talks?`, mentions: [fake.botUser], author: user })
        .waitForReply();
      await fake.messageCreate({ content: "When are the talks?", dm: true, author: user }).waitForReply();
    }
    const { client } = bot;
    expect([...client.users.cache.keys()]).toEqual([client.user.id]);
    for (const guild of client.guilds.cache.values()) expect([...guild.members.cache.keys()]).toEqual([client.user.id]);
    const messageCaches = [...client.channels.cache.values()].flatMap((channel) =>
      channel.isTextBased() && channel.type !== ChannelType.GuildStageVoice ? [channel.messages.cache.size] : [],
    );
    expect(messageCaches.length).toBeGreaterThan(0);
    expect(messageCaches.every((size) => size === 0)).toBe(true);
  });
});
