import { createGlobalLimit } from "./globalLimit.js";

export type CooldownVerdict =
  | { readonly allowed: true }
  | {
      readonly allowed: false;
      /** Whole seconds until the next question is accepted. */
      readonly retryAfterSeconds: number;
      /**
       * Whether to tell the person: always where every refusal is answered anyway (an interaction);
       * in a place that stays quiet after one notice (a DM, a channel), only the first refusal there
       * until the time that notice named.
       */
      readonly firstRefusal: boolean;
    };

export interface Cooldown {
  /**
   * Counts one question by `userId`, unless the person has used up the window. `quietPlace`: where
   * the notice of a refusal would go, for surfaces that tell once and then stay quiet (the channel
   * of a DM or mention); unset, every refusal is to be told.
   */
  take(userId: string, quietPlace?: string): CooldownVerdict;
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

interface Person {
  times: number[];
  /** Per quiet place: until when it was told to wait, so refusals there until then stay quiet. */
  readonly toldUntil: Map<string, number>;
}

/**
 * A sliding window per person: at most `limit` questions in any `windowMs`; then, for the questions
 * a person may ask, the global cap. Only admitted questions count against either, so a flood from
 * one person uses up their own window and nobody else's share.
 *
 * No question is dropped without the person having been told: a quiet place stays quiet only until
 * the time its notice named, and a notice in one place (the private reply to /ask) does not quiet
 * another (their DM), where the person would otherwise never learn why nothing comes back.
 */
export function createCooldown({ limit, windowMs, globalPerSecond, onSaturated, now = Date.now }: CooldownOptions): Cooldown {
  const people = new Map<string, Person>();
  const global = globalPerSecond === undefined ? undefined : createGlobalLimit(globalPerSecond, now());
  let saturatedLogged = -Infinity;
  let lastSweep = -Infinity;

  // At most once a window: with many people active at once, sweeping on every question would cost
  // a pass over all of them each time.
  const sweep = (at: number): void => {
    lastSweep = at;
    for (const [id, person] of people)
      if (person.times.every((t) => at - t >= windowMs) && [...person.toldUntil.values()].every((until) => at >= until))
        people.delete(id);
  };

  /** Whether to tell, and for a quiet place, that it stays quiet until `until`. */
  const tell = (person: Person, at: number, until: number, quietPlace: string | undefined): boolean => {
    if (quietPlace === undefined) return true;
    if (at < (person.toldUntil.get(quietPlace) ?? 0)) return false;
    person.toldUntil.set(quietPlace, until);
    return true;
  };

  return {
    take(userId, quietPlace) {
      const at = now();
      if (people.size > SWEEP_AT && at - lastSweep >= windowMs) sweep(at);
      const person = people.get(userId) ?? { times: [], toldUntil: new Map() };
      person.times = person.times.filter((t) => at - t < windowMs);
      people.set(userId, person);
      if (person.times.length >= limit) {
        const freeAt = person.times[0]! + windowMs;
        const retryAfterSeconds = Math.max(1, Math.ceil((freeAt - at) / 1000));
        return { allowed: false, retryAfterSeconds, firstRefusal: tell(person, at, at + retryAfterSeconds * 1000, quietPlace) };
      }
      if (global !== undefined && !global.take(at)) {
        if (at - saturatedLogged >= 1000) {
          saturatedLogged = at;
          onSaturated?.();
        }
        // A quiet place is told to wait a whole window: under a global overload every notice costs
        // what an answer would. Where every refusal is told anyway, a second is the honest wait.
        const retryAfterSeconds = quietPlace === undefined ? 1 : Math.max(1, Math.ceil(windowMs / 1000));
        return { allowed: false, retryAfterSeconds, firstRefusal: tell(person, at, at + retryAfterSeconds * 1000, quietPlace) };
      }
      person.times.push(at);
      return { allowed: true };
    },
  };
}
