import { spawn } from "node:child_process";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { FIXED_CASES, hostileText } from "./support/hostileStrings.js";

const ROOT = join(import.meta.dirname, "..", "..");

/** Text lines (a line ends at "\n" only, so none holds one) and lines of bytes that are not UTF-8 at all. */
const CLI_LINES: readonly string[] = [
  ...FIXED_CASES,
  ...fc.sample(hostileText, { numRuns: 300, seed: 7 }),
  "\r",
  "question\r\r",
  "\u2028\u2029\u0085\u000b\u000c",
].map((line) => line.replaceAll("\n", " "));
const RAW_LINES = [Buffer.from([0xff, 0xfe, 0x00, 0xc3]), Buffer.from([0xed, 0xa0, 0x80]), Buffer.from([0xe2, 0x82])];

function runAsk(input: Buffer): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", join(ROOT, "src/cli/ask.ts"), "--json"], {
      cwd: ROOT,
      env: { ...process.env, DISCORD_TOKEN: "", LOG_LEVEL: "warn" },
    });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(input);
  });
}

describe("ask --json with hostile lines on stdin", () => {
  it("GIVEN hundreds of hostile lines (and bytes that are not UTF-8) THEN one JSON line each, in order, and exit 0", async () => {
    const text = Buffer.from(CLI_LINES.join("\n"), "utf8");
    // The last line has no "\n": it still counts.
    const input = Buffer.concat([text, ...RAW_LINES.flatMap((raw) => [Buffer.from("\n"), raw])]);
    const run = await runAsk(input);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    // Split at "\n" only, as the contract says: a JSON line never holds a raw "\n", but may hold U+2028.
    const out = run.stdout.split("\n");
    expect(out.pop()).toBe("");
    expect(out).toHaveLength(CLI_LINES.length + RAW_LINES.length);
    const answers = out.map((line) => JSON.parse(line) as { question: string; status: string });
    CLI_LINES.forEach((line, i) => {
      // What survives the trip through UTF-8 (a lone surrogate becomes U+FFFD), less one trailing "\r".
      const sent = Buffer.from(line, "utf8").toString("utf8");
      expect(answers[i]!.question).toBe(sent.endsWith("\r") ? sent.slice(0, -1) : sent);
    });
    for (const answer of answers.slice(CLI_LINES.length)) expect(answer.status).toBe("invalid");
  });
});
