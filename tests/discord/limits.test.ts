import { describe, expect, it } from "vitest";
import { truncate } from "../../src/discord/reply/limits.js";

describe("truncate", () => {
  it("GIVEN text within the limit THEN returns it unchanged", () => {
    expect(truncate("Am 10. Januar.", 14)).toBe("Am 10. Januar.");
  });

  it("GIVEN text over the limit THEN cuts at the last word boundary and ends with …", () => {
    const cut = truncate("Die Gespräche finden am zehnten Januar in Genf statt", 30);
    expect(cut).toBe("Die Gespräche finden am…");
    expect(cut.length).toBeLessThanOrEqual(30);
  });

  it("GIVEN the cut falls right before a space THEN keeps the whole last word", () => {
    expect(truncate("alpha beta gamma", 11)).toBe("alpha beta…");
  });

  it("GIVEN a trailing comma before the cut THEN drops it before the …", () => {
    expect(truncate("eins, zwei, drei, vier", 12)).toBe("eins, zwei…");
  });

  it("GIVEN one word longer than the limit THEN cuts inside it rather than returning only …", () => {
    const cut = truncate("x".repeat(300), 100);
    expect(cut).toBe(`${"x".repeat(99)}…`);
  });

  it("GIVEN an emoji at the cut THEN never splits its surrogate pair", () => {
    const cut = truncate(`${"a".repeat(98)}😀😀😀`, 100);
    expect(cut.length).toBeLessThanOrEqual(100);
    expect(cut).not.toMatch(/[\uD800-\uDBFF]…$/);
  });
});
