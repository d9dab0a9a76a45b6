export interface GlobalLimit {
  /** Takes one question's slot at time `at` (ms), or returns false when the bot is at its cap. */
  take(at: number): boolean;
}

/**
 * A token bucket across everyone: bursts of up to `perSecond` questions, and `perSecond` a second
 * after that. It guards the bot's CPU and Discord's global REST budget against many accounts asking
 * at once; one person's flood never reaches it (the per-user cooldown refuses that first).
 */
export function createGlobalLimit(perSecond: number, start = 0): GlobalLimit {
  let tokens = perSecond;
  let last = start;
  return {
    take(at) {
      tokens = Math.min(perSecond, tokens + (Math.max(0, at - last) * perSecond) / 1000);
      last = Math.max(last, at);
      if (tokens < 1) return false;
      tokens -= 1;
      return true;
    },
  };
}
