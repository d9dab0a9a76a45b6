import { realpath } from "node:fs/promises";
import { resolve } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { lock } from "proper-lockfile";

export interface LockOptions {
  /** A lock whose holder has not refreshed it for this long was left by a killed writer (min 2000). */
  readonly staleMs?: number | undefined;
  /** How long to wait for a busy lock before giving up. */
  readonly timeoutMs?: number | undefined;
}

export type Locked<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly reason: "busy" };

/** Longer than any real change takes: the holder refreshes the lock every half of this. */
const STALE_MS = 10_000;
/** Longer than STALE_MS, so a lock left by a killed writer is always taken over before giving up. */
const TIMEOUT_MS = 30_000;

/**
 * Runs `work` while holding the exclusive, cross-process lock of `file` (a `<file>.lock` folder
 * beside it, the same for every process whatever its working folder). `stillHeld()` turns false
 * if another process took the lock over (this one stalled past the stale time): check it right
 * before committing.
 */
export async function withFileLock<T>(
  file: string,
  work: (stillHeld: () => boolean) => Promise<T>,
  options: LockOptions = {},
): Promise<Locked<T>> {
  const target = await realpath(file).catch(() => resolve(file));
  const deadline = Date.now() + (options.timeoutMs ?? TIMEOUT_MS);
  let lost = false;
  let release: (() => Promise<void>) | undefined;
  while (release === undefined) {
    try {
      release = await lock(target, {
        stale: options.staleMs ?? STALE_MS,
        realpath: false,
        // proper-lockfile's default throws from a timer, which would end the process mid-write.
        onCompromised: () => {
          lost = true;
        },
      });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "ELOCKED") throw error;
      if (Date.now() >= deadline) return { ok: false, reason: "busy" };
      // Jitter, so writers that queued up together do not retry in lockstep.
      await sleep(20 + Math.random() * 60);
    }
  }
  try {
    return { ok: true, value: await work(() => !lost) };
  } finally {
    // A lock taken over by another process is no longer ours to remove.
    await release().catch(() => undefined);
  }
}
