import { fork } from "node:child_process";
import { fileURLToPath } from "node:url";

/** TypeScript in the child too: the same loader the parent runs under, found from here. */
const TSX = import.meta.resolve("tsx");

/**
 * Runs a TypeScript module of this folder in a child process with `--expose-gc` and resolves with
 * the first message it sends. The child gets `timeoutMs` before it is killed.
 */
export function runInChild<T>(module: string, args: readonly string[], timeoutMs: number): Promise<T> {
  const path = fileURLToPath(new URL(module, import.meta.url));
  return new Promise((resolve, reject) => {
    const child = fork(path, [...args], {
      execArgv: ["--import", TSX, "--expose-gc"],
      stdio: ["ignore", "inherit", "inherit", "ipc"],
    });
    let answered = false;
    const timer = setTimeout(() => {
      child.kill();
      reject(new Error(`${module} took longer than ${timeoutMs / 1000} s`));
    }, timeoutMs);
    child.once("message", (message) => {
      answered = true;
      clearTimeout(timer);
      resolve(message as T);
    });
    child.once("error", reject);
    child.once("exit", (code) => {
      clearTimeout(timer);
      if (!answered) reject(new Error(`${module} exited with ${code} before reporting`));
    });
  });
}
