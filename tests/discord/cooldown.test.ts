import { describe, expect, it } from "vitest";
import { createCooldown } from "../../src/discord/interactions/cooldown.js";

describe("cooldown", () => {
  it("GIVEN 3 questions per 10 s THEN the 4th is refused, told once in a quiet place, and allowed again after the window", () => {
    let now = 0;
    const cooldown = createCooldown({ limit: 3, windowMs: 10_000, now: () => now });
    expect([1, 2, 3].map(() => cooldown.take("u", "dm").allowed)).toEqual([true, true, true]);
    now = 4000;
    expect(cooldown.take("u", "dm")).toEqual({ allowed: false, retryAfterSeconds: 6, firstRefusal: true });
    expect(cooldown.take("u", "dm")).toMatchObject({ allowed: false, firstRefusal: false });
    now = 10_000;
    expect(cooldown.take("u", "dm").allowed).toBe(true);
  });

  it("GIVEN one person at the limit THEN another is not affected", () => {
    const cooldown = createCooldown({ limit: 1, windowMs: 10_000, now: () => 0 });
    expect(cooldown.take("a").allowed).toBe(true);
    expect(cooldown.take("a").allowed).toBe(false);
    expect(cooldown.take("b").allowed).toBe(true);
  });

  it("GIVEN a refusal was told and the window passed THEN the next refusal is told again", () => {
    let now = 0;
    const cooldown = createCooldown({ limit: 1, windowMs: 1000, now: () => now });
    cooldown.take("u", "dm");
    expect(cooldown.take("u", "dm")).toMatchObject({ firstRefusal: true });
    now = 1000;
    cooldown.take("u", "dm");
    expect(cooldown.take("u", "dm")).toMatchObject({ allowed: false, firstRefusal: true });
  });

  it("GIVEN refusals where every one is answered (an interaction) THEN each is to be told", () => {
    const cooldown = createCooldown({ limit: 1, windowMs: 10_000, now: () => 0 });
    cooldown.take("u");
    expect([1, 2, 3].map(() => cooldown.take("u"))).toEqual(
      Array(3).fill({ allowed: false, retryAfterSeconds: 10, firstRefusal: true }),
    );
  });

  it("GIVEN a person told to slow down in /ask THEN their first refused DM is still told, once; so is a channel after it", () => {
    let now = 0;
    const cooldown = createCooldown({ limit: 1, windowMs: 10_000, now: () => now });
    cooldown.take("u");
    expect(cooldown.take("u")).toMatchObject({ allowed: false, firstRefusal: true });
    now = 1000;
    expect(cooldown.take("u", "dm-channel")).toMatchObject({ allowed: false, firstRefusal: true });
    expect(cooldown.take("u", "dm-channel")).toMatchObject({ allowed: false, firstRefusal: false });
    expect(cooldown.take("u", "server-channel")).toMatchObject({ allowed: false, firstRefusal: true });
  });

  it("GIVEN a quiet place told “in N s” THEN it stays quiet no longer than N s: a refusal after that is told", () => {
    let now = 0;
    const cooldown = createCooldown({ limit: 2, windowMs: 10_000, now: () => now });
    cooldown.take("u", "dm");
    now = 6000;
    cooldown.take("u", "dm");
    now = 7000;
    // Free again at 10 s, when the first question leaves the window: told to wait 3 s.
    expect(cooldown.take("u", "dm")).toEqual({ allowed: false, retryAfterSeconds: 3, firstRefusal: true });
    now = 10_000;
    expect(cooldown.take("u", "dm").allowed).toBe(true);
    now = 10_500;
    // Refused again (the 6 s question is still in the window): a new wait, told anew.
    expect(cooldown.take("u", "dm")).toEqual({ allowed: false, retryAfterSeconds: 6, firstRefusal: true });
  });
});

describe("cooldown with a global cap", () => {
  it("GIVEN a cap of 2 a second THEN the third person is refused; told at once to wait a second, or once in a quiet place to wait a window", () => {
    let now = 0;
    const saturated: number[] = [];
    const cooldown = createCooldown({
      limit: 5,
      windowMs: 10_000,
      globalPerSecond: 2,
      onSaturated: () => saturated.push(now),
      now: () => now,
    });
    expect(cooldown.take("a").allowed).toBe(true);
    expect(cooldown.take("b").allowed).toBe(true);
    expect(cooldown.take("c")).toEqual({ allowed: false, retryAfterSeconds: 1, firstRefusal: true });
    expect(cooldown.take("d", "dm")).toEqual({ allowed: false, retryAfterSeconds: 10, firstRefusal: true });
    expect(cooldown.take("d", "dm")).toMatchObject({ allowed: false, firstRefusal: false });
    expect(saturated).toEqual([0]);
    now = 1000;
    expect(cooldown.take("c").allowed).toBe(true);
  });

  it("GIVEN one person flooding THEN their refused questions do not use the global cap", () => {
    const cooldown = createCooldown({ limit: 1, windowMs: 10_000, globalPerSecond: 2, now: () => 0 });
    expect(cooldown.take("flood").allowed).toBe(true);
    for (let i = 0; i < 100; i++) expect(cooldown.take("flood").allowed).toBe(false);
    expect(cooldown.take("other").allowed).toBe(true);
  });
});
