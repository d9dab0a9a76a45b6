import { userInfo } from "node:os";
import { loadConfig } from "../runtime/config.js";
import { endQuietlyOnClosedPipe } from "./closedPipe.js";
import { exitWithUsage } from "./commandLine.js";
import { parseKbArgs } from "./kb/args.js";
import { VERBS } from "./kb/verbs.js";

const USAGE = `Usage: npm run kb -- <verb> [arguments]

  check                      validate the knowledge file (as npm run kb:check)
  list                       one line per entry: id, topic, first questions
  show <id>                  the entry as it is written in the file
  add [--id <id>] --topic <topic> --question-de "…" --question-en "…"
      --answer-de "…" --answer-en "…" --paragraph <N> --quote "…"
                             add an entry and print its id (derived from the first English,
                             else German question when --id is not given); --question-*,
                             and --paragraph/--quote pairs may be repeated
  edit <id> [same flags as add, without --id]
                             each field given replaces the old value; ids never change
  remove <id> [--drop-references]
                             remove an entry; refused while other entries list it under
                             "related", unless --drop-references removes those references too
  add-question <id> --question-de "…" | --question-en "…"
                             another phrasing for an entry
  history [--limit N]        the last changes (default 10): who, when, what
  undo                       restore the version before the last change

Every change is validated like kb:check (quotes verified) before it is written; a refused change
exits 1 with the problems and leaves the file untouched. Wrong usage exits 2.`;

endQuietlyOnClosedPipe();
const parsed = parseKbArgs(process.argv.slice(2));
if (!parsed.ok) exitWithUsage(parsed.message, USAGE);
const args = parsed.value;
if (args.values.help === true) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}
const verb = args.verb === undefined ? undefined : VERBS[args.verb];
if (verb === undefined) fail(args.verb === undefined ? USAGE : `unknown verb "${args.verb}"\n\n${USAGE}`, 2);
const stray = Object.keys(args.values).filter((flag) => flag !== "help" && !verb.flags.includes(flag));
if (stray.length > 0) fail(`${args.verb} does not take ${stray.map((flag) => `--${flag}`).join(", ")}`, 2);
if (verb.takesId && args.target === undefined) fail(`${args.verb} needs an entry id: npm run kb -- ${args.verb} <id>`, 2);
const extra = verb.takesId ? args.extra : [args.target, ...args.extra].filter((word) => word !== undefined);
if (extra.length > 0) fail(`unexpected argument${extra.length > 1 ? "s" : ""}: ${extra.join(" ")}`, 2);

let store;
try {
  const config = loadConfig();
  store = {
    file: config.KNOWLEDGE_FILE,
    maxBytes: config.KNOWLEDGE_MAX_BYTES,
    dataDir: config.DATA_DIR,
    historyLimit: config.HISTORY_LIMIT,
  };
} catch (error) {
  fail((error as Error).message, 1);
}

try {
  process.exitCode = await verb.run(args, {
    store,
    author: `cli:${osUser()}`,
    out: (line) => process.stdout.write(`${line}\n`),
    err: (line) => process.stderr.write(`${line}\n`),
  });
} catch (error) {
  // A folder that cannot be written (the lock beside the file, the history in DATA_DIR): say which.
  fail(`kb ${args.verb ?? ""} failed, the knowledge file was not changed: ${(error as Error).message}`, 1);
}

function fail(message: string, code: number): never {
  process.stderr.write(`${message}\n`);
  process.exit(code);
}

function osUser(): string {
  try {
    return userInfo().username;
  } catch {
    // Containers may run under a uid without a passwd entry.
    return "unknown";
  }
}
