import { createIntList, type IntList } from "./intList.js";
import { packLists, type PostingLists } from "./postingLists.js";

/**
 * Every phrasing (a question in either language, or a keyword) by id, as parallel arrays: the
 * ranking reads three numbers per phrasing and should not chase an object for them. An entry's
 * phrasings have consecutive ids: those of entry e are `ofEntry[e]` up to `ofEntry[e + 1]`.
 */
export interface Phrasings {
  readonly count: number;
  readonly ofEntry: Int32Array;
  /** The most phrasings any one entry has. */
  readonly maxPerEntry: number;
  readonly entry: Int32Array;
  /** The summed idf of its terms. */
  readonly weight: Float64Array;
  /** How many distinct terms it has. */
  readonly termCount: Int32Array;
}

/** What an index build collects while it reads the knowledge, entry by entry. */
export interface Tables {
  /** Per phrasing (by id): its entry, and its distinct term ids from phrasingTermStart[p] on. */
  readonly phrasingEntry: IntList;
  readonly phrasingTerms: IntList;
  readonly phrasingTermStart: IntList;
  /** Per (term, entry) pair: whether the term is in the entry's questions (1) or only its answer (0). */
  readonly bagTerm: IntList;
  readonly bagEntry: IntList;
  readonly bagInQuestions: IntList;
}

export function createTables(): Tables {
  const tables = {
    phrasingEntry: createIntList(),
    phrasingTerms: createIntList(),
    phrasingTermStart: createIntList(),
    bagTerm: createIntList(),
    bagEntry: createIntList(),
    bagInQuestions: createIntList(),
  };
  tables.phrasingTermStart.push(0);
  return tables;
}

export interface PackedTables {
  readonly phrasings: Phrasings;
  readonly postings: PostingLists;
  readonly bag: PostingLists;
  readonly idf: Float64Array;
  readonly unknownWeight: number;
}

/** The collected pairs as the arrays the ranking reads: posting lists, idf and phrasing weights. */
export function packTables(tables: Tables, termCount: number, entryCount: number): PackedTables {
  const phrasingCount = tables.phrasingEntry.length;
  const entryOf = tables.phrasingEntry.view();
  const termsOfPhrasing = tables.phrasingTerms.view();
  const termStart = tables.phrasingTermStart.view();
  const postingPhrasing = new Int32Array(termsOfPhrasing.length);
  for (let p = 0; p < phrasingCount; p++) postingPhrasing.fill(p, termStart[p]!, termStart[p + 1]!);
  const postings = packLists(termCount, termsOfPhrasing, postingPhrasing);
  const bag = packLists(termCount, tables.bagTerm.view(), tables.bagEntry.view(), tables.bagInQuestions.view());

  const total = Math.max(1, entryCount);
  const idf = new Float64Array(termCount);
  // Every term is in some entry's bag, so its document frequency is at least 1.
  for (let t = 0; t < termCount; t++) idf[t] = Math.log(1 + total / (bag.start[t + 1]! - bag.start[t]!));

  const weight = new Float64Array(phrasingCount);
  const termCounts = new Int32Array(phrasingCount);
  const ofEntry = new Int32Array(entryCount + 1);
  for (let p = 0; p < phrasingCount; p++) {
    // Summed in the phrasing's term order, as always: the same float, bit for bit.
    let sum = 0;
    for (let k = termStart[p]!; k < termStart[p + 1]!; k++) sum += idf[termsOfPhrasing[k]!]!;
    weight[p] = sum;
    termCounts[p] = termStart[p + 1]! - termStart[p]!;
    ofEntry[entryOf[p]! + 1] = p + 1;
  }
  // Entries without a phrasing (all stop words) start where the previous entry ended.
  let maxPerEntry = 0;
  for (let e = 1; e < ofEntry.length; e++) {
    ofEntry[e] = Math.max(ofEntry[e]!, ofEntry[e - 1]!);
    maxPerEntry = Math.max(maxPerEntry, ofEntry[e]! - ofEntry[e - 1]!);
  }
  return {
    phrasings: { count: phrasingCount, ofEntry, maxPerEntry, entry: entryOf.slice(), weight, termCount: termCounts },
    postings,
    bag,
    idf,
    unknownWeight: Math.log(1 + total),
  };
}
