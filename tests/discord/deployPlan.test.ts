import { describe, expect, it } from "vitest";
import type { Command } from "../../commands/index.js";
import { COMMANDS } from "../../commands/index.js";
import { planDeployment } from "../../src/discord/process/deploy.js";

const PUBLIC: readonly Command[] = COMMANDS.filter((c) => c.scope === "public");
const kb = COMMANDS.find((c) => c.data.name === "kb")!;
const names = (plan: ReturnType<typeof planDeployment>) => plan.targets.map((t) => [t.guildId, t.commands.map((c) => c.name)]);

describe("planDeployment", () => {
  it("GIVEN no development server THEN the public set goes globally and /kb to the moderation server only", () => {
    const plan = planDeployment(COMMANDS, { moderationGuildIds: ["111111111111111111"] });
    expect(names(plan)).toEqual([
      [null, ["ask", "topics", "source", "help"]],
      ["111111111111111111", ["kb"]],
    ]);
    expect(plan.warnings).toEqual([]);
  });

  it("GIVEN a development server THEN the public set goes there instead of globally", () => {
    const plan = planDeployment(PUBLIC, { devGuildId: "222222222222222222", moderationGuildIds: [] });
    expect(names(plan)).toEqual([["222222222222222222", ["ask", "topics", "source", "help"]]]);
  });

  it("GIVEN a moderation command THEN it goes only to the moderation servers, merged where one is the development server", () => {
    const plan = planDeployment([...PUBLIC, kb], {
      devGuildId: "222222222222222222",
      moderationGuildIds: ["222222222222222222", "333333333333333333"],
    });
    expect(names(plan)).toEqual([
      ["222222222222222222", ["ask", "topics", "source", "help", "kb"]],
      ["333333333333333333", ["kb"]],
    ]);
  });

  it("GIVEN a moderation command and no moderation server THEN it is registered nowhere, with a warning", () => {
    const plan = planDeployment([...PUBLIC, kb], { moderationGuildIds: [] });
    expect(names(plan)).toEqual([[null, ["ask", "topics", "source", "help"]]]);
    expect(plan.warnings).toEqual(["Not registered anywhere (no moderation server configured): /kb"]);
  });
});
