import { basename } from "node:path";
import type { LoadResult } from "./load.js";
import { formatProblem } from "./problems.js";
import { summarizeKnowledge } from "./summary.js";

/**
 * What `kb:check` prints for a load result, line by line: every problem, then one closing line.
 * The live reload logs the same lines, so a moderator sees one format wherever a check fails.
 */
export function checkReport(result: LoadResult, file: string): string[] {
  const name = basename(file);
  if (!result.ok) {
    const errors = result.problems.filter((p) => p.severity === "error").length;
    return [
      ...result.problems.map(formatProblem),
      `${name}: ${errors} problem${errors === 1 ? "" : "s"}; the bot keeps its last good knowledge until they are fixed.`,
    ];
  }
  return [...result.warnings.map(formatProblem), `${name}: ${summarizeKnowledge(result.knowledge, result.warnings.length)}`];
}
