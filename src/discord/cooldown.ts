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
  readonly now?: () => number;
}

/** Above this many tracked people, idle ones are forgotten so the map cannot grow without end. */
const SWEEP_AT = 10_000;

/** A sliding window per person: at most `limit` questions in any `windowMs`. */
export function createCooldown({ limit, windowMs, now = Date.now }: CooldownOptions): Cooldown {
  const people = new Map<string, { times: number[]; toldUntil: number }>();

  const sweep = (at: number): void => {
    for (const [id, person] of people) if (person.times.every((t) => at - t >= windowMs)) people.delete(id);
  };

  return {
    take(userId) {
      const at = now();
      if (people.size > SWEEP_AT) sweep(at);
      const person = people.get(userId) ?? { times: [], toldUntil: 0 };
      person.times = person.times.filter((t) => at - t < windowMs);
      people.set(userId, person);
      if (person.times.length < limit) {
        person.times.push(at);
        return { allowed: true };
      }
      const freeAt = person.times[0]! + windowMs;
      const firstRefusal = at >= person.toldUntil;
      if (firstRefusal) person.toldUntil = freeAt;
      return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((freeAt - at) / 1000)), firstRefusal };
    },
  };
}
