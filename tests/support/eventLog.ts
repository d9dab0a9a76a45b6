// An append-only, ordered log that tests can wait on. Shared by the fake REST
// server (requests) and the fake gateway (frames), so both have the same
// "mark, act, wait for the first matching entry since the mark" API.

export interface WaitOptions {
  /** Only consider entries whose index is >= since (take it from `mark()`). Default 0. */
  since?: number;
  /** Reject after this many ms. Default 3000. */
  timeoutMs?: number;
}

export interface Indexed {
  readonly index: number;
}

export interface EventLog<T extends Indexed> {
  push(make: (index: number) => T): T;
  /** Index the next entry will get; pass it as `since` to ignore older entries. */
  mark(): number;
  entries(since?: number): T[];
  waitFor(predicate: (entry: T) => boolean, options?: WaitOptions): Promise<T>;
  /** Rejects every pending wait, so a closed fake never leaves a test hanging. */
  close(reason: string): void;
}

interface Waiter<T> {
  predicate: (entry: T) => boolean;
  since: number;
  resolve: (entry: T) => void;
  reject: (error: Error) => void;
  timer: NodeJS.Timeout;
}

export const DEFAULT_WAIT_MS = 3000;

export function createEventLog<T extends Indexed>(label: string, describe: (entry: T) => string): EventLog<T> {
  const items: T[] = [];
  const waiters = new Set<Waiter<T>>();

  function settle(entry: T): void {
    for (const waiter of waiters) {
      if (entry.index < waiter.since || !waiter.predicate(entry)) continue;
      waiters.delete(waiter);
      clearTimeout(waiter.timer);
      waiter.resolve(entry);
    }
  }

  function push(make: (index: number) => T): T {
    const entry = make(items.length);
    items.push(entry);
    settle(entry);
    return entry;
  }

  // The timeout message lists what did arrive: that is usually the fastest
  // way to see why a wait failed (wrong route, injected error, nothing at all).
  function timeoutError(since: number, timeoutMs: number): Error {
    const seen = items.slice(since).map(describe);
    const listing = seen.length > 0 ? seen.map((line) => `  ${line}`).join("\n") : "  (nothing)";
    return new Error(`${label}: no matching entry within ${timeoutMs} ms. Seen since #${since}:\n${listing}`);
  }

  function waitFor(predicate: (entry: T) => boolean, options: WaitOptions = {}): Promise<T> {
    const since = options.since ?? 0;
    const timeoutMs = options.timeoutMs ?? DEFAULT_WAIT_MS;
    const found = items.slice(since).find(predicate);
    if (found) return Promise.resolve(found);
    return new Promise<T>((resolve, reject) => {
      const waiter: Waiter<T> = {
        predicate,
        since,
        resolve,
        reject,
        timer: setTimeout(() => {
          waiters.delete(waiter);
          reject(timeoutError(since, timeoutMs));
        }, timeoutMs),
      };
      waiters.add(waiter);
    });
  }

  function close(reason: string): void {
    for (const waiter of waiters) {
      clearTimeout(waiter.timer);
      waiter.reject(new Error(`${label}: ${reason}`));
    }
    waiters.clear();
  }

  return {
    push,
    mark: () => items.length,
    entries: (since = 0) => items.slice(since),
    waitFor,
    close,
  };
}
