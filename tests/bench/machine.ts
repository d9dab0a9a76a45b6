import { availableParallelism, cpus, loadavg, totalmem } from "node:os";

export interface Machine {
  readonly cpus: number;
  readonly cpuModel: string;
  readonly memoryGb: number;
  readonly node: string;
  /** The 1-minute load average when the bench started: above the CPU count, other work shared the machine. */
  readonly load: number;
}

/** What the figures were measured on: they mean little without it. */
export function describeMachine(): Machine {
  return {
    cpus: availableParallelism(),
    cpuModel: cpus()[0]?.model.trim() ?? "unknown",
    memoryGb: Math.round(totalmem() / 1024 ** 3),
    node: process.version,
    load: Math.round((loadavg()[0] ?? 0) * 100) / 100,
  };
}
