import { describe, expect, it } from "vitest";
import { createRandom } from "../../src/answering/model/random.js";
import { addTypo } from "./typos.js";

describe("addTypo", () => {
  it("GIVEN a seed THEN the same typo every time, one edit in one long word, first letter kept", () => {
    const text = "Wann finden die bilateralen Gespräche statt?";
    const typo = addTypo(text, createRandom(4));
    expect(addTypo(text, createRandom(4))).toBe(typo);
    const changed = text.split(" ").filter((word, k) => typo.split(" ")[k] !== word);
    expect(changed).toHaveLength(1);
    expect(changed[0]!.length).toBeGreaterThanOrEqual(6);
    expect(Math.abs(typo.length - text.length)).toBeLessThanOrEqual(1);
  });

  it("GIVEN only short words THEN leaves the text alone", () => {
    expect(addTypo("wer ist das?", createRandom(1))).toBe("wer ist das?");
  });
});
