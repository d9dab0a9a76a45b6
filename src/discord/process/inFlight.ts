export interface InFlight {
  /** Starts `work` and follows it until it settles; once closing, starts nothing and returns false. */
  start(work: () => Promise<unknown>): boolean;
  /**
   * Takes no new work and waits for what is running, at most `timeoutMs`. Resolves with how many
   * were still running then (0: all finished).
   */
  close(timeoutMs: number): Promise<number>;
}

/** The bot's replies in progress, so a shutdown can let them finish before the client goes. */
export function createInFlight(): InFlight {
  const running = new Set<Promise<unknown>>();
  let closing = false;

  return {
    start(work) {
      if (closing) return false;
      const promise = work().catch(() => undefined);
      running.add(promise);
      void promise.finally(() => running.delete(promise));
      return true;
    },
    async close(timeoutMs) {
      closing = true;
      let timer: NodeJS.Timeout | undefined;
      const timeUp = new Promise<void>((resolve) => (timer = setTimeout(resolve, timeoutMs)));
      await Promise.race([Promise.allSettled([...running]), timeUp]);
      clearTimeout(timer);
      return running.size;
    },
  };
}
