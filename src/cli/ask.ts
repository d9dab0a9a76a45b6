import { renderText } from "../console/renderText.js";
import { readLines } from "../runtime/lines.js";
import { startRuntime } from "../runtime/startup.js";
import { answerJson } from "./answerJson.js";

const USAGE = `Usage: npm run ask -- [--json] "question"
       npm run --silent ask -- --json < questions.txt   (one question a line, one JSON object a line)`;

const args = process.argv.slice(2);
if (args.includes("--help") || args.includes("-h")) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}
const json = args.includes("--json");
const question = args.filter((arg) => arg !== "--json").join(" ");

const runtime = await startRuntime();
const { logger } = runtime;
// A command that answers and exits waits for the learned ranker: its answers are what people are shown.
const answerer = await runtime.learned;
const meta = answerer.knowledge.article.meta;
const print = (q: string): void => {
  const started = performance.now();
  const result = answerer.answer(q);
  logger.debug({ status: result.status, entryId: result.entryId, ms: performance.now() - started }, "answered");
  process.stdout.write(`${json ? answerJson(result) : renderText(result, meta)}\n${json ? "" : "\n"}`);
};

if (question.length > 0 || (!json && process.stdin.isTTY)) {
  print(question);
} else {
  for await (const line of readLines(process.stdin)) print(line);
}
