/** One thing wrong (or suspicious) in the knowledge, located for the moderator who must fix it. */
export interface Problem {
  readonly severity: "error" | "warning";
  readonly file: string;
  /** 1-based; 0 when the problem has no place in the file. */
  readonly line: number;
  readonly entryId?: string | undefined;
  /** Dotted path inside the entry (or the file), e.g. `citations[0].quote`. */
  readonly field: string;
  readonly message: string;
  /** In text a refused change proposed, on a line the file on disk does not have (`line` is 0). */
  readonly proposed?: boolean | undefined;
}

/**
 * `qa.yaml:118 entry "osce-date" citations[0].quote: not found in ¶7`, or for a refused change's own
 * text `qa.yaml, in the proposed entry "osce-date" citations[0].quote: not found in ¶7`.
 */
export function formatProblem(problem: Problem): string {
  const where = problem.proposed === true ? `${problem.file}, in the proposed` : problem.line > 0 ? `${problem.file}:${problem.line}` : problem.file;
  const entry = problem.entryId === undefined ? (problem.proposed === true ? " change" : "") : ` entry "${problem.entryId}"`;
  const field = problem.field === "" ? "" : ` ${problem.field}`;
  const prefix = problem.severity === "warning" ? "warning: " : "";
  return `${prefix}${where}${entry}${field}: ${problem.message}`;
}

/** Renders a path such as ["entries", 3, "citations", 0, "quote"] as `citations[0].quote`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const key of path) {
    if (typeof key === "number") out += `[${key}]`;
    else out += out === "" ? String(key) : `.${String(key)}`;
  }
  return out;
}
