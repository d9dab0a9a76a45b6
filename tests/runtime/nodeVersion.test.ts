import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { MIN_NODE_VERSION, nodeVersionProblem } from "../../src/runtime/nodeVersion.js";
import { runNode } from "../support/spawnCli.js";

const ROOT = join(import.meta.dirname, "..", "..");

describe("nodeVersionProblem", () => {
  it("GIVEN 20.12 or newer THEN none", () => {
    for (const version of ["20.12.0", "20.20.2", "21.0.0", "22.11.0", "v24.1.0"])
      expect(nodeVersionProblem(version)).toBeUndefined();
  });

  it("GIVEN an older Node.js THEN one line that names both versions and what to do", () => {
    for (const version of ["20.11.1", "18.19.0", "16.20.2"]) {
      const problem = nodeVersionProblem(version);
      expect(problem).toContain(`Node.js ${version}`);
      expect(problem).toContain(`Node.js ${MIN_NODE_VERSION} or newer`);
      expect(problem).toMatch(/\.nvmrc/);
      expect(problem).not.toContain("\n");
    }
  });

  it("GIVEN package.json and .nvmrc THEN they ask for the same Node.js as the check", () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { engines: { node: string } };
    expect(`${pkg.engines.node.replace(">=", "")}.0`).toBe(MIN_NODE_VERSION);
    expect(readFileSync(join(ROOT, ".nvmrc"), "utf8").trim()).toBe(MIN_NODE_VERSION.split(".")[0]);
  });
});

describe("npm start on an old Node.js (spawned)", () => {
  it("GIVEN an old Node.js THEN npm start says which version it needs in one line, exit 1, before anything else", async () => {
    // A bad setting too: the configuration is read later, so its message must not appear.
    const run = await runNode(["--import", "tsx", "--import", "./tests/support/pretendOldNode.ts", "src/main.ts"], {
      env: { COOLDOWN_SECONDS: "soon" },
    });
    expect(run).toMatchObject({ code: 1, stdout: "" });
    expect(run.stderr).toMatch(/^Talks Q&A needs Node\.js 20\.12\.0 or newer, but this is Node\.js 18\.19\.0: .*\.nvmrc.*\n$/);
  });
});
