import { describe, expect, it } from "vitest";
import { createInFlight } from "../../src/discord/process/inFlight.js";

const later = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("createInFlight", () => {
  it("GIVEN work running WHEN closed THEN waits for it, and takes no new work", async () => {
    const inFlight = createInFlight();
    let done = false;
    expect(inFlight.start(() => later(50).then(() => (done = true)))).toBe(true);
    const closing = inFlight.close(5000);
    expect(inFlight.start(() => later(0))).toBe(false);
    expect(await closing).toBe(0);
    expect(done).toBe(true);
  });

  it("GIVEN work that outlasts the timeout THEN close resolves at the timeout with how many are left", async () => {
    const inFlight = createInFlight();
    inFlight.start(() => new Promise(() => undefined));
    inFlight.start(() => later(10));
    const started = Date.now();
    expect(await inFlight.close(100)).toBe(1);
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it("GIVEN work that fails THEN close still resolves", async () => {
    const inFlight = createInFlight();
    inFlight.start(() => Promise.reject(new Error("boom")));
    expect(await inFlight.close(1000)).toBe(0);
  });
});
