import { describe, expect, it } from "vitest";
import { createCooldown } from "../../src/discord/interactions/cooldown.js";

describe("cooldown", () => {
  it("GIVEN 3 questions per 10 s THEN the 4th is refused, told once, and allowed again after the window", () => {
    let now = 0;
    const cooldown = createCooldown({ limit: 3, windowMs: 10_000, now: () => now });
    expect([1, 2, 3].map(() => cooldown.take("u").allowed)).toEqual([true, true, true]);
    now = 4000;
    expect(cooldown.take("u")).toEqual({ allowed: false, retryAfterSeconds: 6, firstRefusal: true });
    expect(cooldown.take("u")).toMatchObject({ allowed: false, firstRefusal: false });
    now = 10_000;
    expect(cooldown.take("u").allowed).toBe(true);
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
    cooldown.take("u");
    expect(cooldown.take("u")).toMatchObject({ firstRefusal: true });
    now = 1000;
    cooldown.take("u");
    expect(cooldown.take("u")).toMatchObject({ allowed: false, firstRefusal: true });
  });
});

describe("cooldown with a global cap", () => {
  it("GIVEN a cap of 2 a second THEN the third person is refused for a second, told once per window", () => {
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
    expect(cooldown.take("c")).toMatchObject({ allowed: false, firstRefusal: false });
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
