import { spawn, spawnSync } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { summarize } from "./stats.js";

const WARM_STARTS = 5;
const TIMEOUT_MS = 30_000;
/** readline's prompt: "> " at the start of a line, or right after the escape code that clears it. */
const PROMPT = /(?:^|\n|\[0J)> /;

export interface StartupFigures {
  /** `npm start` in a terminal to the console's prompt, with no start-up snapshot in DATA_DIR (the first start). */
  readonly firstMs: number;
  /** The same with the snapshot the first start kept (every later start while the files are unchanged). */
  readonly warmMs: { readonly p50: number; readonly min: number; readonly max: number; readonly n: number };
}

/** Whether util-linux's `script` is there to give `npm start` a terminal. */
export function canTimeStartup(): boolean {
  return spawnSync("script", ["--version"]).status === 0;
}

/**
 * What a person waits for after typing `npm start`: npm, node with tsx's loader, the configuration,
 * the knowledge and the lexical matcher, until the prompt. A terminal (util-linux's `script`), so the
 * console starts as it does for a person; no token, and a DATA_DIR of its own.
 */
export async function startupBench(): Promise<StartupFigures> {
  const dataDir = await mkdtemp(join(tmpdir(), "talks-qa-startup-"));
  try {
    const firstMs = await timeToPrompt(dataDir);
    const warm: number[] = [];
    for (let k = 0; k < WARM_STARTS; k++) warm.push(await timeToPrompt(dataDir));
    const { p50, max, n } = summarize(warm);
    return { firstMs, warmMs: { p50, min: Math.min(...warm), max, n } };
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
}

function timeToPrompt(dataDir: string): Promise<number> {
  const started = performance.now();
  const child = spawn("script", ["-qfec", "npm start", "/dev/null"], {
    env: { ...process.env, DISCORD_TOKEN: "", DATA_DIR: dataDir, LOG_LEVEL: "warn" },
    detached: true,
  });
  return new Promise((resolve, reject) => {
    let output = "";
    let ended = false;
    const end = (error?: Error): void => {
      if (ended) return;
      ended = true;
      clearTimeout(timer);
      // The whole group: script, npm, the shell and node.
      if (child.pid !== undefined) process.kill(-child.pid, "SIGKILL");
      if (error === undefined) resolve(performance.now() - started);
      else reject(error);
    };
    const timer = setTimeout(() => end(new Error(`no prompt within ${TIMEOUT_MS / 1000} s:\n${output.slice(-500)}`)), TIMEOUT_MS);
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
      output += chunk;
      if (PROMPT.test(output)) end();
    });
    child.on("error", end);
  });
}
