import { describe, expect, it } from "vitest";
import { fixtureKnowledge } from "../support/knowledgeFixture.js";
import { runCli } from "../support/spawnCli.js";

describe("kb:check", () => {
  it("GIVEN the real knowledge THEN exits 0 with a one-line summary and no warnings", async () => {
    const run = await runCli("src/cli/kbCheck.ts", []);
    expect(run.code).toBe(0);
    expect(run.stdout.trim().split("\n")).toEqual([
      expect.stringMatching(/^qa\.yaml: \d+ entries, \d+ of 22 paragraphs cited.*phrasings de \d+ \/ en \d+, 0 warnings$/),
    ]);
  });

  it("GIVEN a broken file THEN exits 1 and lists every problem", async () => {
    const file = await fixtureKnowledge((t) =>
      t.replace("topic: schedule", "topic: nope").replace("quote: Bilaterale", "quote: Trilaterale"),
    );
    const run = await runCli("src/cli/kbCheck.ts", [file]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('entry "talks-date" topic: unknown topic "nope"');
    expect(run.stdout).toContain('entry "talks-date" citations[0].quote: not found in ¶2');
    expect(run.stdout).toContain("2 problems");
  });
});
