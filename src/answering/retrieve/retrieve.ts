import type { MatchIndex } from "../index/matchIndex.js";
import type { Question } from "../understand/understand.js";
import { scoreEntries, type Ranked, type Ranking } from "./lexicalScore.js";

/** How many of the lexical ranking's best the later stages look at. */
export const CANDIDATES = 10;

/** The entries that share words with the question, scored by the lexical matcher. */
export interface Retrieved {
  /** Every entry that shares a term with the question (for suggestions and topics). */
  readonly ranking: Ranking;
  /** Its best CANDIDATES, in rank order. */
  readonly candidates: readonly Ranked[];
}

/** Candidates from the inverted index: only entries that share a term with the question are scored. */
export function retrieve(question: Question, index: MatchIndex): Retrieved {
  const ranking = scoreEntries(question.terms, index);
  return { ranking, candidates: ranking.top(CANDIDATES) };
}
