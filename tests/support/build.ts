import { spawn } from "node:child_process";
import { mkdir, mkdtemp, rm } from "node:fs/promises";
import { join } from "node:path";

const ROOT = join(import.meta.dirname, "..", "..");
/**
 * Inside node_modules, so the compiled files find the project's packages as dist/ does, and
 * nothing of a test or bench run lands in dist/, which may be what production runs.
 */
const CACHE = join(ROOT, "node_modules", ".cache");

export interface Build {
  /** The folder that holds `src/main.js`, `src/cli/…` and `commands/` (as dist/ does). */
  readonly dir: string;
  remove(): Promise<void>;
}

/** `npm run build`, with its output in a fresh folder instead of dist/. Rejects with tsc's output if it fails. */
export async function buildToTempDir(): Promise<Build> {
  await mkdir(CACHE, { recursive: true });
  const dir = await mkdtemp(join(CACHE, "talks-qa-build-"));
  const output = await new Promise<{ code: number | null; text: string }>((resolve, reject) => {
    const child = spawn("npm", ["run", "--silent", "build", "--", "--outDir", dir], { cwd: ROOT });
    let text = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (text += chunk));
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (text += chunk));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, text }));
  });
  const remove = () => rm(dir, { recursive: true, force: true });
  if (output.code !== 0) {
    await remove();
    throw new Error(`npm run build failed (exit ${output.code}):\n${output.text}`);
  }
  return { dir, remove };
}
