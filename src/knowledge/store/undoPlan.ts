import type { HistoryRecord } from "./history.js";

export type UndoPlan =
  | { readonly kind: "restore"; readonly record: HistoryRecord; readonly phantoms: readonly number[] }
  | { readonly kind: "changed-outside"; readonly record: HistoryRecord; readonly phantoms: readonly number[] }
  | { readonly kind: "nothing"; readonly phantoms: readonly number[] };

/**
 * Which change `undo` takes back: the newest change not undone yet, provided the file still is
 * what that change made it (otherwise undoing it would throw away a later edit made by hand).
 *
 * A record whose text never reached the file (its writer was killed between recording and
 * renaming) is a phantom: the next state is still the one before it. Phantoms are reported so the
 * store can delete them, and never count, neither as a change nor as an undo.
 */
export function planUndo(records: readonly HistoryRecord[], currentHash: string): UndoPlan {
  const ordered = [...records].sort((a, b) => a.seq - b.seq);
  const phantoms: number[] = [];
  const real = ordered.filter((record, k) => {
    const nextState = ordered[k + 1]?.beforeHash ?? currentHash;
    const phantom = nextState !== record.afterHash && nextState === record.beforeHash;
    if (phantom) phantoms.push(record.seq);
    return !phantom;
  });
  const undone = new Set(real.flatMap((record) => (record.undoOf === undefined ? [] : [record.undoOf])));
  const target = real.reverse().find((record) => record.undoOf === undefined && !undone.has(record.seq));
  if (target === undefined) return { kind: "nothing", phantoms };
  if (target.afterHash !== currentHash) return { kind: "changed-outside", record: target, phantoms };
  return { kind: "restore", record: target, phantoms };
}
