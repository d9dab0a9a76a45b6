import { describe, expect, it } from "vitest";
import { kebabId, uniqueId } from "../../../src/knowledge/store/entryId.js";

describe("kebabId", () => {
  it("GIVEN a German question THEN folds umlauts and ß, drops punctuation and keeps six words at most", () => {
    expect(kebabId("Wann finden die Gespräche statt?")).toBe("wann-finden-die-gespraeche-statt");
    expect(kebabId("Was heißt „Abrüstung“ hier, genau, in diesem Artikel?")).toBe("was-heisst-abruestung-hier-genau-in");
  });

  it("GIVEN nothing usable THEN falls back to a plain id, and a very long word is cut", () => {
    expect(kebabId("¿?")).toBe("entry");
    expect(kebabId("x".repeat(60))).toHaveLength(40);
  });
});

describe("uniqueId", () => {
  it("GIVEN taken ids THEN numbers from 2 on", () => {
    expect(uniqueId("a", new Set())).toBe("a");
    expect(uniqueId("a", new Set(["a", "a-2"]))).toBe("a-3");
  });
});
