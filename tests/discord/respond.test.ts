import type { RepliableInteraction } from "discord.js";
import { describe, expect, it } from "vitest";
import { textBody } from "../../src/discord/reply/replyBody.js";
import { replyPrivately } from "../../src/discord/reply/respond.js";

/** Just the state and the three methods replyPrivately chooses between, recording which one it called. */
function interaction(state: { deferred: boolean; replied: boolean }) {
  const calls: [string, unknown][] = [];
  const record = (name: string) => async (options: unknown) => void calls.push([name, options]);
  const fake = { ...state, reply: record("reply"), editReply: record("editReply"), followUp: record("followUp") };
  return { calls, interaction: fake as unknown as RepliableInteraction };
}

describe("replyPrivately", () => {
  const body = textBody("Sorry");

  it("GIVEN a fresh interaction THEN replies ephemerally", async () => {
    const { calls, interaction: i } = interaction({ deferred: false, replied: false });
    await replyPrivately(i, body);
    expect(calls).toEqual([["reply", { ...body, flags: 64 }]]);
  });

  it("GIVEN a deferred interaction THEN edits the deferred reply", async () => {
    const { calls, interaction: i } = interaction({ deferred: true, replied: false });
    await replyPrivately(i, body);
    expect(calls).toEqual([["editReply", body]]);
  });

  it("GIVEN an interaction already replied to THEN sends an ephemeral follow-up", async () => {
    const { calls, interaction: i } = interaction({ deferred: false, replied: true });
    await replyPrivately(i, body);
    expect(calls).toEqual([["followUp", { ...body, flags: 64 }]]);
  });
});
