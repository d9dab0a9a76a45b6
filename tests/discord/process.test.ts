import { spawn } from "node:child_process";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { startFakeDiscord, type FakeDiscord } from "../support/fakeDiscord.js";
import { fixtureKnowledge } from "../support/knowledgeFixture.js";
import { runCli } from "../support/spawnCli.js";
import { TOKEN } from "./botHarness.js";

const ROOT = join(import.meta.dirname, "..", "..");
const WRONG_TOKEN = `${"w".repeat(24)}.wrong.${"x".repeat(38)}`;

let fake: FakeDiscord | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

async function env(extra: NodeJS.ProcessEnv = {}): Promise<NodeJS.ProcessEnv> {
  fake = await startFakeDiscord({ token: TOKEN });
  const knowledge = await fixtureKnowledge();
  return {
    DISCORD_API_URL: fake.apiUrl,
    KNOWLEDGE_FILE: knowledge,
    DATA_DIR: join(knowledge, "..", "data"),
    LOG_LEVEL: "info",
    ...extra,
  };
}

describe("npm start with a token (spawned)", () => {
  it("GIVEN a token Discord rejects THEN exits 1 within seconds, says so, and never prints the token", async () => {
    const started = Date.now();
    const run = await runCli("src/main.ts", [], { env: await env({ DISCORD_TOKEN: WRONG_TOKEN }) });
    expect(run.code).toBe(1);
    expect(Date.now() - started).toBeLessThan(8000);
    expect(run.stderr).toMatch(/Discord rejected the bot token \(DISCORD_TOKEN\)/);
    expect(run.stdout + run.stderr).not.toContain(WRONG_TOKEN);
  });

  it("GIVEN the bot is connected WHEN it gets SIGTERM THEN it closes the gateway and exits 0", async () => {
    const child = spawn(process.execPath, ["--import", "tsx", join(ROOT, "src/main.ts")], {
      cwd: ROOT,
      env: { ...process.env, ...(await env({ DISCORD_TOKEN: TOKEN })) },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stderr = "";
    const exited = new Promise<number | null>((resolve) => child.on("close", resolve));
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`bot not connected:\n${stderr}`)), 15_000);
      child.stderr.setEncoding("utf8").on("data", (chunk: string) => {
        stderr += chunk;
        if (stderr.includes("connected to Discord")) {
          clearTimeout(timer);
          resolve();
        }
      });
    });
    child.kill("SIGTERM");
    expect(await exited).toBe(0);
    expect(stderr).toMatch(/"signal":"SIGTERM"/);
    expect(stderr).not.toContain(TOKEN);
    expect(
      fake!.requests().every((r) => !r.path.includes("/commands")),
      "never registers commands on start",
    ).toBe(true);
  });
});

describe("npm run deploy-commands (spawned)", () => {
  it("GIVEN no DISCORD_GUILD_ID THEN one PUT registers the public set globally and says so", async () => {
    const run = await runCli("src/cli/deployCommands.ts", [], { env: await env({ DISCORD_TOKEN: TOKEN }) });
    expect(run.stderr).toBe("Warning: Not registered anywhere (no moderation server configured): /kb\n");
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Registered 4 commands globally .*: \/ask, \/topics, \/source, \/help$/m);
    expect(
      fake!
        .requests()
        .filter((r) => r.method === "PUT")
        .map((r) => r.path),
    ).toEqual([`/applications/${fake!.applicationId}/commands`]);
    const ask = fake!.registeredCommands().find((c) => c["name"] === "ask");
    expect(ask).toMatchObject({ contexts: [0, 1], integration_types: [0], name_localizations: { de: "frage" } });
  });

  it("GIVEN DISCORD_GUILD_ID THEN the public set goes to that server only, with the DM caveat", async () => {
    const environment = await env({ DISCORD_TOKEN: TOKEN });
    const guildId = fake!.guild.id;
    const run = await runCli("src/cli/deployCommands.ts", [], { env: { ...environment, DISCORD_GUILD_ID: guildId } });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`Registered 4 commands in server ${guildId}`);
    expect(run.stdout).toMatch(/do not appear in DMs/);
    expect(fake!.registeredCommands(guildId).map((c) => c["name"])).toEqual(["ask", "topics", "source", "help"]);
    expect(fake!.registeredCommands()).toEqual([]);
  });

  it("GIVEN MODERATION_GUILD_IDS THEN /kb goes to those servers only (Manage Server, servers only), never globally", async () => {
    const environment = await env({ DISCORD_TOKEN: TOKEN });
    const guildId = fake!.guild.id;
    const run = await runCli("src/cli/deployCommands.ts", [], { env: { ...environment, MODERATION_GUILD_IDS: guildId } });
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`Registered 1 command in server ${guildId}: /kb`);
    expect(fake!.registeredCommands().map((c) => c["name"])).toEqual(["ask", "topics", "source", "help"]);
    expect(fake!.registeredCommands(guildId)).toEqual([
      expect.objectContaining({ name: "kb", default_member_permissions: "32", contexts: [0] }),
    ]);
  });

  it("GIVEN a token Discord rejects THEN exits 1 saying so", async () => {
    const run = await runCli("src/cli/deployCommands.ts", [], { env: await env({ DISCORD_TOKEN: WRONG_TOKEN }) });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/Discord rejected the bot token/);
    expect(run.stderr).not.toContain(WRONG_TOKEN);
  });
});
