import { describe, expect, it } from "vitest";
import { decodeCustomId, encodeCustomId } from "../../src/discord/answers/customId.js";

describe("custom ids", () => {
  it("GIVEN an action, a language and an entry THEN encodes them and decodes them back", () => {
    const encoded = encodeCustomId({ action: "para", language: "en", target: "talks-date" });
    expect(encoded).toBe("qa:para:en:talks-date");
    expect(decodeCustomId(encoded!)).toEqual({ action: "para", language: "en", target: "talks-date" });
  });

  it("GIVEN an id that would exceed 100 characters THEN refuses to encode it", () => {
    expect(encodeCustomId({ action: "rel", language: "de", target: "x".repeat(91) })).toBeUndefined();
    expect(encodeCustomId({ action: "rel", language: "de", target: "x".repeat(90) })?.length).toBe(100);
  });

  it("GIVEN someone else's or a malformed custom id THEN decodes to undefined", () => {
    expect(decodeCustomId("kb:remove:x")).toBeUndefined();
    expect(decodeCustomId("qa:explode:de:x")).toBeUndefined();
    expect(decodeCustomId("qa:para:fr:x")).toBeUndefined();
    expect(decodeCustomId("qa")).toBeUndefined();
  });
});
