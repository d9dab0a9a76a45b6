import { stat } from "node:fs/promises";
import { checkReport } from "../knowledge/checkReport.js";
import { loadKnowledge } from "../knowledge/load.js";
import { configOrExit } from "../runtime/configOrExit.js";
import { endQuietlyOnClosedPipe } from "./closedPipe.js";
import { exitWithUsage, parseCommandLine } from "./commandLine.js";

const USAGE = `Usage: npm run kb:check [-- file]

Checks the knowledge file (default: KNOWLEDGE_FILE, knowledge/qa.yaml) as the bot loads it: the
schema, every quote against the article, the phrasings. Exit 0 with a one-line summary (and any
warnings), exit 1 with every problem.

  -h, --help   this text`;

/** `npm run kb:check [file]`: exit 1 with every problem, exit 0 with a one-line summary. */
endQuietlyOnClosedPipe();
const { positionals } = parseCommandLine({ usage: USAGE, options: {}, allowPositionals: true });
if (positionals.length > 1) exitWithUsage(`kb:check checks one file at a time, not ${positionals.length}`, USAGE);
const config = configOrExit();
const file = positionals[0] ?? config.KNOWLEDGE_FILE;
// A path that names nothing is a wrong path, not a knowledge file with problems.
if (await isMissing(file)) {
  const named = positionals[0] === undefined ? `${file} (KNOWLEDGE_FILE)` : file;
  process.stderr.write(`kb:check: ${named} is missing: there is no such file.\n`);
  process.exit(1);
}
const result = await loadKnowledge(file, { maxBytes: config.KNOWLEDGE_MAX_BYTES });
for (const line of checkReport(result, file)) process.stdout.write(`${line}\n`);
if (!result.ok) process.exit(1);

async function isMissing(path: string): Promise<boolean> {
  return stat(path).then(
    () => false,
    (error: NodeJS.ErrnoException) => error.code === "ENOENT" || error.code === "ENOTDIR",
  );
}
