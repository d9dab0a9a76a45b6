import { describe, expect, it } from "vitest";
import { packLists } from "../../../src/answering/index/postingLists.js";

describe("packLists", () => {
  it("GIVEN (key, id, flag) triples THEN each key's ids in the order added, flags beside them", () => {
    const lists = packLists(3, [2, 0, 2, 1, 0], [10, 11, 12, 13, 14], [1, 0, 0, 1, 1]);
    expect([...lists.start]).toEqual([0, 2, 3, 5]);
    expect([...lists.ids]).toEqual([11, 14, 13, 10, 12]);
    expect([...lists.flags]).toEqual([0, 1, 1, 1, 0]);
  });

  it("GIVEN a key without ids THEN an empty list", () => {
    const lists = packLists(2, [1], [5]);
    expect(lists.start[1]! - lists.start[0]!).toBe(0);
    expect([...lists.ids]).toEqual([5]);
  });
});
