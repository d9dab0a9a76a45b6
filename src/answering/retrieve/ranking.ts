import { selectTop } from "./selectTop.js";

export interface Ranked {
  readonly entry: number;
  /** 0–1: how well the entry explains the question: decides whether to answer. */
  readonly score: number;
  /** The same with named concepts weighed up: decides which entry. */
  readonly rankScore: number;
  /** The phrasing that matched best. */
  readonly phrasing: number;
}

/**
 * Every entry that shares a term with one question, scored but not sorted: callers take the
 * few they show. At 100k entries a question can touch 60k of them, and sorting all of those
 * (and making an object of each) would cost more than scoring them.
 */
export interface Ranking {
  /** How many entries were scored. */
  readonly size: number;
  /**
   * The first `limit` in rank order (rankScore, then score, both descending, then entry), only
   * those scoring at least `minScore`: the head of what `rankEntries` returns, filtered.
   */
  top(limit: number, minScore?: number): Ranked[];
  /** The first `limit` by score alone, then entry. */
  topByScore(limit: number): Ranked[];
  /** The best entry of each group (e.g. each topic), in rank order: the groups as the ranking meets them. */
  bestPerGroup(groupOf: (entry: number) => string, limit: number): Ranked[];
  /** One entry's scores, if it shares a term with the question (a scan: for a few lookups, not many). */
  find(entry: number): Ranked | undefined;
}

/** Collects up to `capacity` scored entries; `done` turns them into a Ranking. */
export function createRanking(capacity: number) {
  const entries = new Int32Array(capacity);
  const scores = new Float64Array(capacity);
  const rankScores = new Float64Array(capacity);
  const phrasings = new Int32Array(capacity);
  let size = 0;
  return {
    push: (entry: number, score: number, rankScore: number, phrasing: number): void => {
      entries[size] = entry;
      scores[size] = score;
      rankScores[size] = rankScore;
      phrasings[size] = phrasing;
      size++;
    },
    done: (): Ranking => rankingOf(size, entries, scores, rankScores, phrasings),
  };
}

function rankingOf(
  size: number,
  entries: Int32Array,
  scores: Float64Array,
  rankScores: Float64Array,
  phrasings: Int32Array,
): Ranking {
  // The comparators the ranking has always been sorted with, as "slot a comes before slot b".
  const byRank = (a: number, b: number): boolean =>
    (rankScores[b]! - rankScores[a]! || scores[b]! - scores[a]! || entries[a]! - entries[b]!) < 0;
  const byScore = (a: number, b: number): boolean => (scores[b]! - scores[a]! || entries[a]! - entries[b]!) < 0;
  const ranked = (slot: number): Ranked => ({
    entry: entries[slot]!,
    score: scores[slot]!,
    rankScore: rankScores[slot]!,
    phrasing: phrasings[slot]!,
  });
  return {
    size,
    top: (limit, minScore) => {
      const keep = minScore === undefined ? undefined : (slot: number): boolean => scores[slot]! >= minScore;
      return selectTop(size, limit, byRank, keep).map(ranked);
    },
    topByScore: (limit) => selectTop(size, limit, byScore).map(ranked),
    find: (entry) => {
      for (let slot = 0; slot < size; slot++) if (entries[slot] === entry) return ranked(slot);
      return undefined;
    },
    bestPerGroup: (groupOf, limit) => {
      const best = new Map<string, number>();
      for (let slot = 0; slot < size; slot++) {
        const group = groupOf(entries[slot]!);
        const seen = best.get(group);
        if (seen === undefined || byRank(slot, seen)) best.set(group, slot);
      }
      return [...best.values()]
        .sort((a, b) => (byRank(a, b) ? -1 : 1))
        .slice(0, limit)
        .map(ranked);
    },
  };
}
