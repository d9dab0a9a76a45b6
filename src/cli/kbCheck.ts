import { loadConfig } from "../config.js";
import { checkReport } from "../knowledge/checkReport.js";
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
for (const line of checkReport(result, file)) process.stdout.write(`${line}\n`);
if (!result.ok) process.exit(1);
