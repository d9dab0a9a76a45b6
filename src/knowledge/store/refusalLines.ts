import { formatProblem, type Problem } from "../problems.js";
import { STORE_MESSAGES } from "./messages.js";

/** What a refused change shows (`npm run kb` and /kb alike): the problems it causes, then those the file already had. */
export function refusalLines(refused: { readonly problems: readonly Problem[]; readonly standing?: readonly Problem[] | undefined }): string[] {
  const standing = refused.standing ?? [];
  return [
    ...refused.problems.map(formatProblem),
    ...(standing.length === 0 ? [] : [STORE_MESSAGES.standing(standing.length), ...standing.map(formatProblem)]),
  ];
}

/** How many errors refused the change. */
export function refusalErrors(refused: { readonly problems: readonly Problem[]; readonly standing?: readonly Problem[] | undefined }): number {
  return [...refused.problems, ...(refused.standing ?? [])].filter((problem) => problem.severity === "error").length;
}
