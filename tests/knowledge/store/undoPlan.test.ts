import { describe, expect, it } from "vitest";
import type { HistoryRecord } from "../../../src/knowledge/store/history.js";
import { planUndo } from "../../../src/knowledge/store/undoPlan.js";

/** A record of change `seq` from state `before` to state `after` (hashes stand for whole texts). */
const change = (seq: number, before: string, after: string, undoOf?: number): HistoryRecord => ({
  seq,
  at: "2025-01-01T00:00:00.000Z",
  author: "test",
  action: `change ${seq}`,
  diff: "",
  beforeHash: before,
  afterHash: after,
  ...(undoOf === undefined ? {} : { undoOf }),
});

describe("planUndo", () => {
  it("GIVEN no history THEN there is nothing to undo", () => {
    expect(planUndo([], "A")).toEqual({ kind: "nothing", phantoms: [] });
  });

  it("GIVEN changes and undos THEN each undo takes back the newest change not undone yet", () => {
    const history = [change(1, "A", "B"), change(2, "B", "C")];
    expect(planUndo(history, "C")).toMatchObject({ kind: "restore", record: { seq: 2 } });
    const afterOne = [...history, change(3, "C", "B", 2)];
    expect(planUndo(afterOne, "B")).toMatchObject({ kind: "restore", record: { seq: 1 } });
    expect(planUndo([...afterOne, change(4, "B", "A", 1)], "A")).toMatchObject({ kind: "nothing" });
  });

  it("GIVEN an edit by hand after the last change THEN refuses rather than throw that edit away", () => {
    expect(planUndo([change(1, "A", "B")], "H")).toMatchObject({ kind: "changed-outside", record: { seq: 1 } });
  });

  it("GIVEN a record whose writer was killed before the rename THEN skips it as a phantom", () => {
    // #2 was recorded but never written: #3 started again from B.
    const history = [change(1, "A", "B"), change(2, "B", "X"), change(3, "B", "C")];
    expect(planUndo(history, "C")).toMatchObject({ kind: "restore", record: { seq: 3 }, phantoms: [2] });
    expect(planUndo([change(1, "A", "B"), change(2, "B", "X")], "B")).toMatchObject({ kind: "restore", record: { seq: 1 }, phantoms: [2] });
    // A phantom undo does not count as having undone anything.
    expect(planUndo([change(1, "A", "B"), change(2, "B", "A", 1)], "B")).toMatchObject({ kind: "restore", record: { seq: 1 }, phantoms: [2] });
  });
});
