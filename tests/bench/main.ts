// `npm run bench`: speed, scale and memory of the matcher and the bot (issue 5). A benchmark, not a
// test: it reports figures and whether they meet the targets, and never fails on them.
import { endQuietlyOnClosedPipe } from "../../src/cli/closedPipe.js";
import { exitWithUsage, parseCommandLine } from "../../src/cli/commandLine.js";
import { loadKnowledge } from "../../src/knowledge/load.js";
import { autocompleteBench } from "./autocompleteBench.js";
import { kbBench } from "./kbBench.js";
import { e2eBench } from "./e2eBench.js";
import { describeMachine } from "./machine.js";
import { matchBench } from "./matchBench.js";
import { readQuestions } from "./questions.js";
import { renderReport } from "./report.js";
import type { BenchResults } from "./results.js";
import { scaleBench } from "./scaleBench.js";
import { canTimeStartup, startupBench } from "./startupBench.js";
import { checkTargets } from "./targets.js";

const SECTIONS = ["kb", "match", "autocomplete", "startup", "scale", "e2e", "rss"] as const;
const KNOWLEDGE_FILE = "knowledge/qa.yaml";
const QUESTION_SETS = ["../shared/eval/dev.jsonl", "tests/answering/paraphrases.jsonl"];
const SEED = 5;

const USAGE = `Usage: npm run bench [-- options]

  --json                  the figures as one JSON object (with the targets) instead of tables
  --sections <list>       which to run, comma-separated (default: all): ${SECTIONS.join(",")}
  --sizes <list>          knowledge sizes for the scale section (default: 1000,10000,100000)
  --node-flags="<flags>"  node/V8 options for the compiled bot of the e2e and rss sections,
                          after those of npm run start:prod
  -h, --help              this text`;

endQuietlyOnClosedPipe();
const { values } = parseCommandLine({
  usage: USAGE,
  options: {
    json: { type: "boolean", default: false },
    sections: { type: "string", default: SECTIONS.join(",") },
    sizes: { type: "string", default: "1000,10000,100000" },
    "node-flags": { type: "string", default: "" },
  },
  allowPositionals: false,
});
const unknown = values.sections.split(",").filter((name) => !(SECTIONS as readonly string[]).includes(name));
if (unknown.length > 0) exitWithUsage(`no such section: ${unknown.join(", ")}`, USAGE);
const sizes = values.sizes.split(",").map(Number);
if (!sizes.every((size) => Number.isInteger(size) && size > 0)) {
  exitWithUsage(`--sizes takes whole numbers separated by commas, not "${values.sizes}"`, USAGE);
}
const wanted = new Set(values.sections.split(","));
const progress = (text: string): void => {
  process.stderr.write(`bench: ${text}\n`);
};

const started = performance.now();
const { file: questionFile, questions } = readQuestions(QUESTION_SETS);
const results: BenchResults = { machine: describeMachine(), questionSet: questionFile, skipped: {} };

if (wanted.has("kb")) {
  progress("kb");
  results.kb = await kbBench(KNOWLEDGE_FILE);
}
if (wanted.has("match") || wanted.has("autocomplete")) {
  const loaded = await loadKnowledge(KNOWLEDGE_FILE);
  if (!loaded.ok) throw new Error(`${KNOWLEDGE_FILE} does not load`);
  if (wanted.has("match")) {
    progress("match");
    results.match = matchBench(loaded.knowledge, questions, SEED);
  }
  if (wanted.has("autocomplete")) {
    progress("autocomplete");
    results.autocomplete = autocompleteBench(loaded.knowledge, questions, SEED);
  }
}
if (wanted.has("startup")) {
  progress("startup (npm start to the console's prompt, in a terminal)");
  if (canTimeStartup()) results.startup = await startupBench();
  else results.skipped.startup = "util-linux's script is missing: no terminal to start the console in";
}
if (wanted.has("scale")) {
  progress("scale (each size: ours, then plain Fuse.js, in child processes)");
  results.scale = await scaleBench(KNOWLEDGE_FILE, sizes, progress);
}
if (wanted.has("e2e") || wanted.has("rss")) {
  progress("e2e and rss (the bot and a floor bot, each in its own process, against the fake Discord)");
  try {
    const { e2e, rss } = await e2eBench(questions, KNOWLEDGE_FILE, SEED, values["node-flags"].split(" ").filter(Boolean));
    if (wanted.has("e2e")) results.e2e = e2e;
    if (wanted.has("rss")) results.rss = rss;
  } catch (error) {
    // The bot may not start (e.g. a broken configuration): the other sections still count.
    const reason = (error as Error).message.split("\n")[0] ?? "unknown";
    for (const name of ["e2e", "rss"].filter((section) => wanted.has(section))) results.skipped[name] = reason;
  }
}
results.durationS = (performance.now() - started) / 1000;

process.stdout.write(values.json ? `${JSON.stringify({ ...results, targets: checkTargets(results) })}\n` : renderReport(results));
