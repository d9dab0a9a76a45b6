import { spawn } from "node:child_process";
import { openSync, closeSync, readFileSync } from "node:fs";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";

const READY_TIMEOUT_MS = 30_000;

export interface BotProcess {
  readonly pid: number;
  /** Resident memory now, in MB (Linux: /proc; elsewhere NaN). */
  rssMb(): number;
  /** The most resident memory the process has had so far, in MB (Linux: /proc; elsewhere NaN). */
  peakRssMb(): number;
  /** SIGTERM, then waits for the exit. */
  stop(): Promise<void>;
}

/**
 * Starts `node` with `argv` (a compiled entry point, or `--import tsx` and a TypeScript one) as its
 * own process and resolves once its log says `readyLine`. The log goes to a file, not a pipe: reading it would cost the process
 * that measures the latency, and every line the bot writes is part of the bot's own cost.
 */
export async function startBotProcess(argv: readonly string[], env: NodeJS.ProcessEnv, readyLine: string): Promise<BotProcess> {
  const logFile = join(await mkdtemp(join(tmpdir(), "talks-qa-bench-")), "bot.log");
  const log = openSync(logFile, "w");
  const child = spawn(process.execPath, [...argv], {
    env: { ...process.env, ...env },
    stdio: ["ignore", log, log],
  });
  closeSync(log);
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  let gone = false;
  void exited.then(() => (gone = true));

  const started = Date.now();
  while (!readFileSync(logFile, "utf8").includes(readyLine)) {
    if (gone || Date.now() - started > READY_TIMEOUT_MS) {
      child.kill();
      throw new Error(`${argv.join(" ")} did not start:\n${readFileSync(logFile, "utf8").slice(-2000)}`);
    }
    await sleep(50);
  }
  const pid = child.pid!;
  return {
    pid,
    rssMb: () => statusMb(pid, "VmRSS"),
    peakRssMb: () => statusMb(pid, "VmHWM"),
    stop: async () => {
      child.kill("SIGTERM");
      await exited;
    },
  };
}

/** A memory figure of /proc/<pid>/status: VmRSS now, VmHWM the peak. */
function statusMb(pid: number, field: "VmRSS" | "VmHWM"): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    const kb = new RegExp(`^${field}:\\s+(\\d+) kB$`, "m").exec(status)?.[1];
    return kb === undefined ? Number.NaN : Number(kb) / 1024;
  } catch {
    return Number.NaN;
  }
}
