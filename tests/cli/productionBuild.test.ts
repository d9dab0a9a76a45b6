import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildToTempDir, type Build } from "../support/build.js";
import { runNode } from "../support/spawnCli.js";

const PACKAGE = JSON.parse(readFileSync(join(import.meta.dirname, "..", "..", "package.json"), "utf8")) as {
  scripts: Record<string, string>;
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};

let build: Build;
// tsc type-checks the whole program before it writes a file: on a busy machine that takes a while.
beforeAll(async () => {
  build = await buildToTempDir();
}, 180_000);
afterAll(() => build?.remove());

describe("npm run build (the compiled bot on plain node)", () => {
  it("GIVEN the package THEN start:prod runs dist/src/main.js on node, and tsx is needed only in development", () => {
    expect(PACKAGE.scripts["start:prod"]).toBe("node --optimize-for-size --v8-pool-size=1 --no-turbo-inlining dist/src/main.js");
    expect(PACKAGE.dependencies).not.toHaveProperty("tsx");
    expect(PACKAGE.devDependencies).toHaveProperty("tsx");
  });

  it("GIVEN the compiled ask CLI THEN it answers a question without any loader", async () => {
    const run = await runNode([join(build.dir, "src/cli/ask.js"), "--json", "Wann finden die bilateralen Gespräche statt?"]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({
      status: "answered",
      language: "de",
      answer: expect.stringMatching(/10\. Januar/),
    });
  });

  it("GIVEN the compiled main.js without a token THEN the console answers piped input, reading knowledge/ at run time", async () => {
    const run = await runNode([join(build.dir, "src/main.js")], { input: "hallo\n" });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Hallo!/);
  });

  it("GIVEN the compiled kb:check THEN it checks the shipped knowledge", async () => {
    const run = await runNode([join(build.dir, "src/cli/kbCheck.js")]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/qa\.yaml: \d+ entries/);
  });
});
