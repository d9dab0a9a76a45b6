import type { QueryTerm } from "../understand/queryTerms.js";

/** Below this lexical score the article is taken not to answer a short question. */
export const ANSWER_THRESHOLD = 0.55;
/** Each content word past three lowers the bar by this much, down to the floor. */
const LONG_QUESTION_STEP = 0.04;
const LONG_QUESTION_FLOOR = 0.4;

/**
 * The lexical score a question must reach. Long, specific questions carry words no phrasing has
 * ("Unter welcher Bedingung äußerte sich …"), so each content word past three lowers the bar a
 * little, down to a floor.
 */
export function lexicalBar(terms: readonly QueryTerm[]): number {
  const content = new Set(terms.filter((t) => !t.light && !t.term.startsWith("?")).map((t) => t.term)).size;
  return Math.max(LONG_QUESTION_FLOOR, ANSWER_THRESHOLD - LONG_QUESTION_STEP * Math.max(0, content - 3));
}
