import { existsSync, readFileSync } from "node:fs";
import type { Language } from "../../src/knowledge/types.js";

export interface BenchQuestion {
  readonly q: string;
  readonly lang: Language;
}

/**
 * The questions people ask: the shared dev set when it sits beside the project (as in CI), the
 * project's own paraphrase set otherwise. Returns the file it read, for the report.
 */
export function readQuestions(candidates: readonly string[]): { file: string; questions: BenchQuestion[] } {
  const file = candidates.find((path) => existsSync(path));
  if (file === undefined) throw new Error(`no question set found (looked for ${candidates.join(", ")})`);
  const questions = readFileSync(file, "utf8")
    .split("\n")
    .filter((line) => line.trim().length > 0)
    .map((line) => JSON.parse(line) as BenchQuestion)
    .map(({ q, lang }) => ({ q, lang }));
  return { file, questions };
}
