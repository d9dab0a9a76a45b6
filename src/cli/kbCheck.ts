import { checkReport } from "../knowledge/checkReport.js";
import { loadKnowledge } from "../knowledge/load.js";
import { configOrExit } from "../runtime/configOrExit.js";

/** `npm run kb:check [file]`: exit 1 with every problem, exit 0 with a one-line summary. */
const config = configOrExit();
const file = process.argv[2] ?? config.KNOWLEDGE_FILE;
const result = await loadKnowledge(file, { maxBytes: config.KNOWLEDGE_MAX_BYTES });
for (const line of checkReport(result, file)) process.stdout.write(`${line}\n`);
if (!result.ok) process.exit(1);
