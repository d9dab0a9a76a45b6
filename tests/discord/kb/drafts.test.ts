import { mkdtemp, readdir, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createDrafts, type Draft } from "../../../src/discord/kb/drafts.js";
import { decodeKbId, encodeKbId } from "../../../src/discord/kb/kbCustomId.js";

const draft: Draft = { kind: "question", question: "Wann?", language: "de", entryId: undefined, topic: undefined };
const form: Draft = {
  kind: "form",
  mode: "edit",
  entryId: "talks-date",
  form: { questionsDe: "Wann?", questionsEn: "When?", answerDe: "Am 10.", answerEn: "On the 10th.", source: "topic: schedule" },
};

const folder = async (): Promise<string> => join(await mkdtemp(join(tmpdir(), "talks-qa-drafts-")), "kb-drafts");

describe("drafts", () => {
  it("GIVEN a draft THEN a short key that fits a custom id; it expires after its time", async () => {
    let now = 0;
    const drafts = createDrafts({ dir: await folder(), ttlMs: 1000, now: () => now });
    const key = await drafts.put(draft);
    expect(key).toMatch(/^[\w-]{8}$/);
    expect(encodeKbId("reopen", key)).toBe(`kb:reopen:${key}`);
    expect(await drafts.get(key)).toEqual(draft);
    now = 1000;
    expect(await drafts.get(key)).toBeUndefined();
  });

  it("GIVEN drafts kept by one process THEN another on the same folder (a restart, another shard) finds them, as they were", async () => {
    const dir = await folder();
    const before = createDrafts({ dir });
    const [a, b] = [await before.put(draft), await before.put(form)];
    const after = createDrafts({ dir });
    expect(await after.get(a)).toEqual(draft);
    expect(await after.get(b)).toEqual(form);
  });

  it("GIVEN a kept draft THEN its file is the bot's alone, and only whole files are left", async () => {
    const dir = await folder();
    const key = await createDrafts({ dir }).put(form);
    expect((await stat(join(dir, `${key}.json`))).mode & 0o777).toBe(0o600);
    expect((await stat(dir)).mode & 0o777).toBe(0o700);
    expect(await readdir(dir)).toEqual([`${key}.json`]);
  });

  it("GIVEN more drafts than kept THEN the oldest go first; expired ones are swept", async () => {
    let now = 0;
    const dir = await folder();
    const drafts = createDrafts({ dir, max: 2, ttlMs: 10_000, now: () => now });
    const keys: string[] = [];
    for (let k = 0; k < 3; k++) {
      now = k;
      keys.push(await drafts.put(draft));
    }
    expect(await Promise.all(keys.map(async (key) => (await drafts.get(key)) !== undefined))).toEqual([false, true, true]);
    now = 20_000;
    const fresh = await drafts.put(draft);
    expect(await readdir(dir)).toEqual([`${fresh}.json`]);
  });

  it("GIVEN a key that is no key, or a damaged file THEN no draft, and nothing outside the folder is read", async () => {
    const dir = await folder();
    const drafts = createDrafts({ dir });
    const key = await drafts.put(draft);
    await writeFile(join(dir, `${key}.json`), '{"expires": 1e99, "draft": {"kind": "question"}}');
    expect(await drafts.get(key)).toBeUndefined();
    expect(await drafts.get("../../etc/passwd")).toBeUndefined();
    expect(await drafts.get("")).toBeUndefined();
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
