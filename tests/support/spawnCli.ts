import { spawn } from "node:child_process";
import { join } from "node:path";

const ROOT = join(import.meta.dirname, "..", "..");

export interface CliRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

export interface CliOptions {
  readonly input?: string;
  readonly env?: NodeJS.ProcessEnv;
}

/** Runs one of the project's TypeScript entry points as `npm start` / `npm run` would. */
export function runCli(script: string, args: readonly string[], options: CliOptions = {}): Promise<CliRun> {
  return runNode(["--import", "tsx", join(ROOT, script), ...args], options);
}

/** Runs plain `node` with these arguments in the project folder, as production runs the compiled files. */
export function runNode(argv: readonly string[], options: CliOptions = {}): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...argv], {
      cwd: ROOT,
      env: { ...process.env, DISCORD_TOKEN: "", LOG_LEVEL: "warn", ...options.env },
      stdio: ["pipe", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(options.input ?? "");
  });
}
