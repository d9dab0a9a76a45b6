import { spawn, spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../support/spawnCli.js";

const ROOT = join(import.meta.dirname, "..", "..");

/** Every command-line entry point, as `npm run <script>` runs it. */
const CLIS = [
  ["ask", "src/cli/ask.ts"],
  ["kb", "src/cli/kb.ts"],
  ["kb:check", "src/cli/kbCheck.ts"],
  ["deploy-commands", "src/cli/deployCommands.ts"],
  ["start (the console)", "src/main.ts"],
  ["bench", "tests/bench/main.ts"],
] as const;

describe.concurrent("every CLI behaves like a Unix tool", () => {
  it.each(CLIS)("GIVEN %s --help THEN the usage on stdout, exit 0", async (_, script) => {
    const run = await runCli(script, ["--help"]);
    expect(run).toMatchObject({ code: 0, stderr: "" });
    expect(run.stdout).toMatch(/^Usage: npm (start|run)/);
  });

  it.each(CLIS)("GIVEN %s --bogus THEN refused with the usage on stderr, exit 2, nothing done", async (_, script) => {
    const run = await runCli(script, ["--bogus", "When are the talks?"]);
    expect(run).toMatchObject({ code: 2, stdout: "" });
    expect(run.stderr).toMatch(/^Unknown option '--bogus'.*\n\nUsage: npm (start|run)/s);
  });
});

describe("a closed pipe ends quietly", () => {
  it("GIVEN ask --json with many questions WHEN the reader closes after the first line THEN exit 0, no EPIPE", async () => {
    const run = await closedAfterFirstChunk("src/cli/ask.ts", ["--json"], "When are the talks?\n".repeat(3000));
    expect(run.firstChunk).toMatch(/^\{"question":"When are the talks\?"/);
    expect(run).toMatchObject({ code: 0, stderr: "" });
  });

  it("GIVEN kb list WHEN the reader has closed before it writes THEN exit 0, no EPIPE", async () => {
    const run = await closedAtOnce("src/cli/kb.ts", ["list"]);
    expect(run).toMatchObject({ code: 0, stderr: "" });
  });
});

describe("kb:check on a file that is not there", () => {
  it("GIVEN a path to nothing THEN says the file is missing, exit 1", async () => {
    const run = await runCli("src/cli/kbCheck.ts", ["knowledge/nope.yaml"]);
    expect(run).toMatchObject({
      code: 1,
      stdout: "",
      stderr: "kb:check: knowledge/nope.yaml is missing: there is no such file.\n",
    });
  });

  it("GIVEN KNOWLEDGE_FILE names nothing THEN says so, naming the variable", async () => {
    const run = await runCli("src/cli/kbCheck.ts", [], { env: { KNOWLEDGE_FILE: "knowledge/nope.yaml" } });
    expect(run).toMatchObject({
      code: 1,
      stderr: "kb:check: knowledge/nope.yaml (KNOWLEDGE_FILE) is missing: there is no such file.\n",
    });
  });
});

// A terminal is needed: at the prompt Ctrl-C is a key that readline reads, not a signal. util-linux's
// `script` gives the console one; where it is missing, the test is skipped.
const HAS_SCRIPT = spawnSync("script", ["--version"]).status === 0;
/** readline's prompt: "> " at the start of a line, or right after the escape code that clears it. */
const PROMPT = /(?:^|\n|\[0J)> /;

describe("the console at a terminal", () => {
  it.skipIf(!HAS_SCRIPT)("GIVEN Ctrl-C at the prompt THEN it ends the line and exits 130", async () => {
    const child = spawn("script", ["-qfec", `${process.execPath} --import tsx src/main.ts`, "/dev/null"], {
      cwd: ROOT,
      env: { ...process.env, DISCORD_TOKEN: "", LOG_LEVEL: "warn" },
    });
    let output = "";
    const prompted = new Promise<void>((resolve) =>
      child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
        output += chunk;
        if (PROMPT.test(output)) resolve();
      }),
    );
    const exited = new Promise<number | null>((resolve) => child.on("close", resolve));
    await prompted;
    child.stdin.write("\u0003");
    expect(await exited).toBe(130);
    expect(output.slice(output.search(PROMPT))).toMatch(/\n$/);
  });
});

interface PipeRun {
  readonly code: number | null;
  readonly stderr: string;
  readonly firstChunk: string;
}

/** Runs the CLI and closes its stdout as `| head -1` does: after the first chunk of output. */
function closedAfterFirstChunk(script: string, args: readonly string[], input: string): Promise<PipeRun> {
  return runWithStdout(script, args, input, (stdout, keep) =>
    stdout.once("data", (chunk: Buffer) => {
      keep(chunk.toString("utf8"));
      stdout.destroy();
    }),
  );
}

/** Runs the CLI with its stdout closed from the start: every write meets a closed pipe. */
function closedAtOnce(script: string, args: readonly string[]): Promise<PipeRun> {
  return runWithStdout(script, args, "", (stdout) => stdout.destroy());
}

function runWithStdout(
  script: string,
  args: readonly string[],
  input: string,
  onStdout: (stdout: NodeJS.ReadableStream & { destroy(): void }, keep: (chunk: string) => void) => void,
): Promise<PipeRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", join(ROOT, script), ...args], {
      cwd: ROOT,
      env: { ...process.env, DISCORD_TOKEN: "", LOG_LEVEL: "warn" },
    });
    let stderr = "";
    let firstChunk = "";
    onStdout(child.stdout, (chunk) => (firstChunk = chunk));
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stderr, firstChunk }));
    // The child may stop reading its input early (that is the point): its end of stdin closes then.
    child.stdin.on("error", () => undefined);
    child.stdin.end(input);
  });
}
