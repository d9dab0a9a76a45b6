import { diffLines } from "diff";
import type { Problem } from "../problems.js";

/** The problems of a proposed text, split by whose they are. */
export interface ChangeProblems {
  /** Not in the file before the change: errors first, then warnings. */
  readonly caused: readonly Problem[];
  /** Errors the file already had and the change leaves in place; they block a change as much as new ones. */
  readonly standing: readonly Problem[];
}

/**
 * Splits the problems of the proposed text into those the change causes and those the file
 * already had, compared by file, entry, field and message (an edit above a problem moves it, it
 * does not make it new). The file's standing warnings are dropped: they are not the change's doing.
 */
export function problemsOfChange(before: readonly Problem[], after: readonly Problem[]): ChangeProblems {
  const unmatched = new Map<string, number>();
  for (const problem of before) unmatched.set(keyOf(problem), (unmatched.get(keyOf(problem)) ?? 0) + 1);
  const caused: Problem[] = [];
  const standing: Problem[] = [];
  for (const problem of after) {
    const left = unmatched.get(keyOf(problem)) ?? 0;
    if (left === 0) caused.push(problem);
    else {
      unmatched.set(keyOf(problem), left - 1);
      if (problem.severity === "error") standing.push(problem);
    }
  }
  const bySeverity = (severity: Problem["severity"]) => caused.filter((problem) => problem.severity === severity);
  return { caused: [...bySeverity("error"), ...bySeverity("warning")], standing };
}

/**
 * Problems found in a proposed text that was not written, placed where the moderator can look: a
 * line the change left as it was gets its number in the file on disk; a line the change wrote is
 * marked `proposed` ("in the proposed entry"), since the file does not have it.
 */
export function placedOnDisk(problems: readonly Problem[], text: { readonly before: string; readonly after: string; readonly file: string }): Problem[] {
  const onDisk = linesOnDisk(text.before, text.after);
  return problems.map((problem): Problem => {
    if (problem.file !== text.file || problem.line === 0) return problem;
    const line = onDisk.get(problem.line);
    return line === undefined ? { ...problem, line: 0, proposed: true } : { ...problem, line };
  });
}

function keyOf(problem: Problem): string {
  return [problem.severity, problem.file, problem.entryId ?? "", problem.field, problem.message].join("\u0000");
}

/** For each line of `after` that the change left as it was: its number in `before` (both 1-based). */
function linesOnDisk(before: string, after: string): Map<number, number> {
  const lines = new Map<number, number>();
  let inBefore = 1;
  let inAfter = 1;
  for (const part of diffLines(before, after)) {
    if (part.added) inAfter += part.count;
    else if (part.removed) inBefore += part.count;
    else {
      for (let k = 0; k < part.count; k++) lines.set(inAfter + k, inBefore + k);
      inAfter += part.count;
      inBefore += part.count;
    }
  }
  return lines;
}
