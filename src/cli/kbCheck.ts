import { basename } from "node:path";
import { loadConfig } from "../config.js";
import { summarizeKnowledge } from "../knowledge/summary.js";
import { formatProblem } from "../knowledge/problems.js";
import { loadKnowledge } from "../knowledge/load.js";

/** `npm run kb:check [file]`: exit 1 with every problem, exit 0 with a one-line summary. */
let file: string;
try {
  file = process.argv[2] ?? loadConfig().KNOWLEDGE_FILE;
} catch (error) {
  process.stderr.write(`${(error as Error).message}\n`);
  process.exit(1);
}
const result = await loadKnowledge(file);
if (!result.ok) {
  for (const problem of result.problems) process.stdout.write(`${formatProblem(problem)}\n`);
  const errors = result.problems.filter((p) => p.severity === "error").length;
  process.stdout.write(
    `${basename(file)}: ${errors} problem${errors === 1 ? "" : "s"}; the bot keeps its last good knowledge until they are fixed.\n`,
  );
  process.exit(1);
}
for (const warning of result.warnings) process.stdout.write(`${formatProblem(warning)}\n`);
process.stdout.write(`${basename(file)}: ${summarizeKnowledge(result.knowledge, result.warnings.length)}\n`);
