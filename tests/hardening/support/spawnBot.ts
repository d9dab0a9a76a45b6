import { spawn, type ChildProcess } from "node:child_process";
import { join } from "node:path";

const ROOT = join(import.meta.dirname, "..", "..", "..");

export interface SpawnedBot {
  readonly child: ChildProcess;
  /** Everything it printed so far, stdout and stderr together. */
  output(): string;
  /** Resolves once the output matches (or rejects with the output so far). */
  waitFor(pattern: RegExp, timeoutMs?: number): Promise<void>;
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; at: number }>;
  /** SIGTERM, then SIGKILL if it is still there after `graceMs`; for afterEach. */
  stop(graceMs?: number): Promise<void>;
}

/** `npm start` as a separate process (`node --import tsx src/main.ts`), with `env` added. */
export function spawnBot(env: NodeJS.ProcessEnv, preload: readonly string[] = []): SpawnedBot {
  const imports = preload.flatMap((file) => ["--import", join(ROOT, file)]);
  const child = spawn(process.execPath, ["--import", "tsx", ...imports, join(ROOT, "src/main.ts")], {
    cwd: ROOT,
    env: { ...process.env, LOG_LEVEL: "info", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const listeners = new Set<() => void>();
  const append = (chunk: string): void => {
    output += chunk;
    for (const listener of listeners) listener();
  };
  child.stdout!.setEncoding("utf8").on("data", append);
  child.stderr!.setEncoding("utf8").on("data", append);
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; at: number }>((resolve) =>
    child.on("close", (code, signal) => resolve({ code, signal, at: Date.now() })),
  );
  let done = false;
  void exited.then(() => (done = true));

  const waitFor = (pattern: RegExp, timeoutMs = 15_000): Promise<void> =>
    new Promise((resolve, reject) => {
      const check = (): void => {
        if (!pattern.test(output)) return;
        clearTimeout(timer);
        listeners.delete(check);
        resolve();
      };
      const timer = setTimeout(() => {
        listeners.delete(check);
        reject(new Error(`no ${pattern} within ${timeoutMs} ms; output:\n${output}`));
      }, timeoutMs);
      listeners.add(check);
      check();
    });

  return {
    child,
    output: () => output,
    waitFor,
    exited,
    stop: async (graceMs = 15_000) => {
      if (done) return;
      child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), graceMs);
      await exited;
      clearTimeout(timer);
    },
  };
}
