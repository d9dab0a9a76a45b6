import { createGlobalLimit } from "./globalLimit.js";

export type CooldownVerdict =
  | { readonly allowed: true }
  | {
      readonly allowed: false;
      /** Whole seconds until the next question is accepted. */
      readonly retryAfterSeconds: number;
      /** True for the first refusal in a window: tell the person once, then stay quiet. */
      readonly firstRefusal: boolean;
    };

export interface Cooldown {
  /** Counts one question by `userId`, unless the person has used up the window. */
  take(userId: string): CooldownVerdict;
}

export interface CooldownOptions {
  /** Questions allowed per window. */
  readonly limit: number;
  readonly windowMs: number;
  /** Questions allowed per second across everyone; unset: no global cap. */
  readonly globalPerSecond?: number;
  /** Called at most once a second while the global cap refuses questions, for the log. */
  readonly onSaturated?: () => void;
  readonly now?: () => number;
}

/** Above this many tracked people, idle ones are forgotten so the map cannot grow without end. */
const SWEEP_AT = 10_000;

/**
 * A sliding window per person: at most `limit` questions in any `windowMs`; then, for the questions
 * a person may ask, the global cap. Only admitted questions count against either, so a flood from
 * one person uses up their own window and nobody else's share.
 */
export function createCooldown({ limit, windowMs, globalPerSecond, onSaturated, now = Date.now }: CooldownOptions): Cooldown {
  const people = new Map<string, { times: number[]; toldUntil: number }>();
  const global = globalPerSecond === undefined ? undefined : createGlobalLimit(globalPerSecond, now());
  let saturatedLogged = -Infinity;
  let lastSweep = -Infinity;

  // At most once a window: with many people active at once, sweeping on every question would cost
  // a pass over all of them each time.
  const sweep = (at: number): void => {
    lastSweep = at;
    for (const [id, person] of people)
      if (person.times.every((t) => at - t >= windowMs) && at >= person.toldUntil) people.delete(id);
  };

  return {
    take(userId) {
      const at = now();
      if (people.size > SWEEP_AT && at - lastSweep >= windowMs) sweep(at);
      const person = people.get(userId) ?? { times: [], toldUntil: 0 };
      person.times = person.times.filter((t) => at - t < windowMs);
      people.set(userId, person);
      if (person.times.length >= limit) {
        const freeAt = person.times[0]! + windowMs;
        const firstRefusal = at >= person.toldUntil;
        if (firstRefusal) person.toldUntil = freeAt;
        return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((freeAt - at) / 1000)), firstRefusal };
      }
      if (global !== undefined && !global.take(at)) {
        if (at - saturatedLogged >= 1000) {
          saturatedLogged = at;
          onSaturated?.();
        }
        // Told once per window too: under a global overload every notice costs what an answer would.
        const firstRefusal = at >= person.toldUntil;
        if (firstRefusal) person.toldUntil = at + windowMs;
        return { allowed: false, retryAfterSeconds: 1, firstRefusal };
      }
      person.times.push(at);
      return { allowed: true };
    },
  };
}
