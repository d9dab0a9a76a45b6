import type { Entry, Knowledge } from "./types.js";

// One map per knowledge version, built on first use: answers look entries up by id on every
// question, and at 100,000 entries building the map each time cost more than the matching.
const maps = new WeakMap<Knowledge, ReadonlyMap<string, Entry>>();

/** The knowledge's entries by id. */
export function entriesById(knowledge: Knowledge): ReadonlyMap<string, Entry> {
  let map = maps.get(knowledge);
  if (map === undefined) {
    map = new Map(knowledge.entries.map((entry) => [entry.id, entry]));
    maps.set(knowledge, map);
  }
  return map;
}
