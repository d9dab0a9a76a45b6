import { describe, expect, it } from "vitest";
import { createDrafts, type Draft } from "../../../src/discord/kb/drafts.js";
import { decodeKbId, encodeKbId } from "../../../src/discord/kb/kbCustomId.js";

const draft: Draft = { kind: "question", question: "Wann?", language: "de", entryId: undefined, topic: undefined };

describe("drafts", () => {
  it("GIVEN a draft THEN a short key that fits a custom id; it expires after its time", () => {
    let now = 0;
    const drafts = createDrafts({ ttlMs: 1000, now: () => now });
    const key = drafts.put(draft);
    expect(key).toMatch(/^[\w-]{8}$/);
    expect(encodeKbId("reopen", key)).toBe(`kb:reopen:${key}`);
    expect(drafts.get(key)).toEqual(draft);
    now = 1000;
    expect(drafts.get(key)).toBeUndefined();
  });

  it("GIVEN more drafts than kept THEN the oldest go first", () => {
    const drafts = createDrafts({ max: 2 });
    const [a, b, c] = [drafts.put(draft), drafts.put(draft), drafts.put(draft)];
    expect([a, b, c].map((key) => drafts.get(key) !== undefined)).toEqual([false, true, true]);
  });
});

describe("/kb custom ids", () => {
  it("GIVEN ids THEN they round-trip; a foreign or too long one is refused", () => {
    expect(decodeKbId("kb:fe:talks-date")).toEqual({ action: "fe", arg: "talks-date" });
    expect(decodeKbId("kb:cancel:")).toEqual({ action: "cancel", arg: "" });
    expect(decodeKbId("qa:up:en:talks-date")).toBeUndefined();
    expect(decodeKbId("kb:drop-table:x")).toBeUndefined();
    expect(encodeKbId("rm", "x".repeat(95))).toBeUndefined();
  });
});
