import { spawn, spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = join(import.meta.dirname, "..", "..");
const SECRET = "s".repeat(40);
/** A process that logs one line with a field and the secret, as the bot's logger does. */
const LOG_ONE_LINE = `import("./src/runtime/logger.ts").then(({ createLogger }) =>
  createLogger("info", "talks-qa", { secrets: ["${SECRET}"] }).info({ user: "Talks#0001", guilds: 3 }, "connected with ${SECRET}"));`;
const ARGS = ["--import", "tsx", "--input-type=module", "-e", LOG_ONE_LINE];
const HAS_SCRIPT = spawnSync("script", ["--version"]).status === 0;

describe("createLogger's lines on stderr", () => {
  it("GIVEN stderr is not a terminal (journald, a pipe) THEN pino's JSON, one object a line", async () => {
    const { stderr } = await run(process.execPath, ARGS);
    expect(JSON.parse(stderr)).toMatchObject({ level: 30, user: "Talks#0001", guilds: 3, msg: "connected with [redacted]" });
  });

  it.skipIf(!HAS_SCRIPT)("GIVEN a terminal THEN one readable line, the secret still redacted", async () => {
    const command = [process.execPath, ...ARGS].map((arg) => `'${arg.replaceAll("'", `'\\''`)}'`).join(" ");
    const { stdout } = await run("script", ["-qfec", command, "/dev/null"]);
    expect(stdout).toMatch(/^\d\d:\d\d:\d\d INFO {2}connected with \[redacted\] user=Talks#0001 guilds=3\r?\n$/);
  });
});

function run(command: string, args: readonly string[]): Promise<{ stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, [...args], { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    child.on("error", reject);
    child.on("close", () => resolve({ stdout, stderr }));
  });
}
