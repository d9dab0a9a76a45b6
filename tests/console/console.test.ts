import { describe, expect, it } from "vitest";
import { runCli } from "../support/spawnCli.js";

describe("local console (npm start without a token)", () => {
  it("GIVEN piped questions and no DISCORD_TOKEN THEN says how to connect, answers each line and exits 0", async () => {
    const run = await runCli("src/main.ts", [], { input: "Was hat Russland auf der Krim gemacht?\nhallo\n" });
    expect(run.code).toBe(0);
    const [banner] = run.stdout.split("\n");
    expect(banner).toMatch(/DISCORD_TOKEN/);
    expect(run.stdout).toMatch(/besetzt/);
    expect(run.stdout).toMatch(/¶13/);
    expect(run.stdout).toMatch(/Hallo!/);
  });

  it("GIVEN a greeting at the console THEN it names the console's own help command, not Discord's", async () => {
    const run = await runCli("src/main.ts", [], { input: "hello\nhallo\n" });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Hello!.*– `help` shows how I work\.$/m);
    expect(run.stdout).toMatch(/^Hallo!.*– `help` zeigt, wie ich funktioniere\.$/m);
    expect(run.stdout).not.toMatch(/\/help|\/hilfe/);
  });
});
