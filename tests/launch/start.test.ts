import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = join(import.meta.dirname, "..", "..");

describe("npm start (spawned)", () => {
  it("GIVEN --help THEN the bot's usage, exit 0, whether it runs the compiled bot or the sources", () => {
    const run = spawnSync(process.execPath, ["src/launch/start.mjs", "--help"], { cwd: ROOT, encoding: "utf8" });
    expect(run.stdout).toMatch(/^Usage: npm start/);
    expect(run.status).toBe(0);
  });

  it("GIVEN no fresh build and no tsx (a pruned production install) THEN one line that says to build, exit 1", () => {
    // The launcher alone, where no node_modules can be found: nothing built, nothing to run the sources with.
    const project = mkdtempSync(join(tmpdir(), "talks-qa-launch-"));
    try {
      cpSync(join(ROOT, "src", "launch"), join(project, "src", "launch"), { recursive: true });
      const run = spawnSync(process.execPath, [join(project, "src", "launch", "start.mjs")], { cwd: project, encoding: "utf8" });
      expect(run.stderr).toBe(
        "The sources changed since the last build, and tsx is not installed to run them: run npm run build.\n",
      );
      expect(run.status).toBe(1);
    } finally {
      rmSync(project, { recursive: true, force: true });
    }
  });
});
