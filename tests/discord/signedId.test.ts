import { randomBytes } from "node:crypto";
import { mkdtemp, readFile, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createComponentSigner } from "../../src/discord/answers/signedId.js";
import { loadComponentKey } from "../../src/discord/process/componentKey.js";

const ASKER = "123456789012345678";
const OTHER = "876543210987654321";

describe("signed component ids", () => {
  it("GIVEN an id signed for a person THEN it verifies for that person only, and gives the id back", () => {
    const signer = createComponentSigner(randomBytes(32));
    const signed = signer.sign("qa:pick:en:u42", ASKER)!;
    expect(signed).toMatch(/^qa:pick:en:u42~[\w-]{16}$/);
    expect(signer.verify(signed, ASKER)).toEqual({ id: "qa:pick:en:u42", valid: true });
    expect(signer.verify(signed, OTHER)).toEqual({ id: "qa:pick:en:u42", valid: false });
  });

  it("GIVEN a forged id THEN it does not verify: unsigned, a signature moved to another reference, changed, or another key's", () => {
    const signer = createComponentSigner(randomBytes(32));
    const signature = signer.sign("qa:pick:en:u42", ASKER)!.split("~")[1]!;
    expect(signer.verify("qa:pick:en:u42", ASKER)).toEqual({ id: "qa:pick:en:u42", valid: false });
    expect(signer.verify(`qa:pick:en:u43~${signature}`, ASKER).valid).toBe(false);
    const changed = `${signature.slice(0, -1)}${signature.endsWith("A") ? "B" : "A"}`;
    expect(signer.verify(`qa:pick:en:u42~${changed}`, ASKER).valid).toBe(false);
    expect(signer.verify(`qa:pick:en:u42~${signature.slice(0, 8)}`, ASKER).valid).toBe(false);
    expect(signer.verify("qa:pick:en:u42~", ASKER).valid).toBe(false);
    const otherBot = createComponentSigner(randomBytes(32));
    expect(signer.verify(otherBot.sign("qa:pick:en:u42", ASKER)!, ASKER).valid).toBe(false);
  });

  it("GIVEN an id that would not fit Discord's 100 characters with its signature THEN no id", () => {
    const signer = createComponentSigner(randomBytes(32));
    expect(signer.sign("x".repeat(83), ASKER)).toHaveLength(100);
    expect(signer.sign("x".repeat(84), ASKER)).toBeUndefined();
  });

  it("GIVEN a data folder THEN the key is made once, readable by the owner only, and the same on every load", async () => {
    const dataDir = join(await mkdtemp(join(tmpdir(), "talks-qa-key-")), "data");
    const first = loadComponentKey(dataDir);
    expect(first).toHaveLength(32);
    const file = join(dataDir, "components.key");
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    expect(loadComponentKey(dataDir).equals(first)).toBe(true);
    // Its own file: the vote hashes' key (analytics.key) is another secret.
    expect((await readFile(file, "utf8")).trim()).toMatch(/^[0-9a-f]{64}$/);
    const signed = createComponentSigner(first).sign("kb:phrase:abcdefgh", ASKER)!;
    expect(createComponentSigner(loadComponentKey(dataDir)).verify(signed, ASKER).valid).toBe(true);
  });
});
