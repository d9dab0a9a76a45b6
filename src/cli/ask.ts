import { renderText } from "../console/renderText.js";
import { readLines } from "../runtime/lines.js";
import { startRuntime } from "../runtime/startup.js";
import { answerJson } from "./answerJson.js";
import { endQuietlyOnClosedPipe } from "./closedPipe.js";
import { parseCommandLine } from "./commandLine.js";

const USAGE = `Usage: npm run ask -- [--json] "question"
       npm run --silent ask -- --json < questions.txt   (one question a line, one JSON object a line)

  --json       one JSON object per answer, on one line
  -h, --help   this text

A question that starts with "-" goes after "--": npm run ask -- --json -- "-1 what?"`;

endQuietlyOnClosedPipe();
const { values, positionals } = parseCommandLine({
  usage: USAGE,
  options: { json: { type: "boolean" } },
  allowPositionals: true,
});
const json = values.json === true;
const question = positionals.join(" ");

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
