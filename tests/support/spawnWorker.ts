import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { join } from "node:path";

const ROOT = join(import.meta.dirname, "..", "..");

export interface Worker {
  readonly child: ChildProcessWithoutNullStreams;
  /** Everything printed so far. */
  output(): string;
  /** Resolves once the output matches (rejects after `timeoutMs`). */
  waitFor(pattern: RegExp, timeoutMs?: number): Promise<void>;
  /** Resolves when the process has ended. */
  readonly exited: Promise<number | null>;
}

/** Starts a TypeScript script of the project as a child process that the test talks to while it runs. */
export function spawnWorker(script: string, args: readonly string[], env: NodeJS.ProcessEnv = {}): Worker {
  const child = spawn(process.execPath, ["--import", "tsx", join(ROOT, script), ...args], {
    cwd: ROOT,
    env: { ...process.env, DISCORD_TOKEN: "", LOG_LEVEL: "warn", ...env },
    stdio: ["pipe", "pipe", "pipe"],
  });
  let out = "";
  const listeners = new Set<() => void>();
  const take = (chunk: string): void => {
    out += chunk;
    for (const listener of listeners) listener();
  };
  child.stdout.setEncoding("utf8").on("data", take);
  child.stderr.setEncoding("utf8").on("data", take);
  const exited = new Promise<number | null>((resolve) => child.on("close", (code) => resolve(code)));
  const waitFor = (pattern: RegExp, timeoutMs = 5000): Promise<void> =>
    new Promise((resolve, reject) => {
      const check = (): void => {
        if (!pattern.test(out)) return;
        listeners.delete(check);
        clearTimeout(timer);
        resolve();
      };
      const timer = setTimeout(() => {
        listeners.delete(check);
        reject(new Error(`no ${pattern} within ${timeoutMs} ms; output so far:\n${out}`));
      }, timeoutMs);
      listeners.add(check);
      check();
    });
  return { child, output: () => out, waitFor, exited };
}
