import { createInterface } from "node:readline/promises";
import type { Answerer } from "../answering/answerer.js";
import { catalogue } from "../i18n/index.js";
import type { Logger } from "../runtime/logger.js";
import { readLines } from "../runtime/lines.js";
import { followKnowledge } from "../runtime/liveAnswerer.js";
import { renderText } from "./renderText.js";

/** The console's own words are English, as the README and the CLIs; each answer speaks its question's language. */
const { banner: BANNER, help: HELP } = catalogue("en").console;
/** What a greeting tells people to type here for the help (Discord's `/help` means nothing at the prompt). */
const HELP_COMMAND = "help";

/** How a console session ended: input over, `quit`, Ctrl-D — or Ctrl-C (`interrupted`). */
export type ConsoleEnd = "done" | "interrupted";

/**
 * The bot without Discord: the same core, rendered as plain text. With a terminal it prompts;
 * without one (piped input) it answers each line and ends with the input. It follows edits of the
 * knowledge file live, as the bot will.
 */
export async function runConsole(
  answerer: Answerer,
  logger: Logger,
  /** The file the knowledge was loaded from and its size cap (`KNOWLEDGE_FILE`, `KNOWLEDGE_MAX_BYTES`). */
  knowledge: { readonly file: string; readonly maxBytes: number },
  /** The full answerer, once its ranker is trained: a person at the prompt gets it when it is ready; piped input waits for it. */
  learned?: Promise<Answerer>,
): Promise<ConsoleEnd> {
  process.stdout.write(`${BANNER}\n`);
  const initial = !process.stdin.isTTY && learned !== undefined ? await learned : answerer;
  const live = followKnowledge({ file: knowledge.file, initial, learned, logger, maxBytes: knowledge.maxBytes });
  const reply = (line: string): void => {
    const started = performance.now();
    const current = live.current();
    const answer = current.answer(line);
    logger.debug({ status: answer.status, entryId: answer.entryId, ms: performance.now() - started }, "answered");
    process.stdout.write(`${renderText(answer, current.knowledge.article.meta, { helpCommand: HELP_COMMAND })}\n\n`);
  };
  try {
    return await converse(reply);
  } finally {
    live.close();
  }
}

async function converse(reply: (line: string) => void): Promise<ConsoleEnd> {
  if (!process.stdin.isTTY) {
    for await (const line of readLines(process.stdin)) {
      if (line.trim().length > 0) reply(line);
    }
    return "done";
  }

  process.stdout.write(`${HELP}\n\n`);
  const prompt = createInterface({ input: process.stdin, output: process.stdout });
  // At the prompt the terminal is in raw mode: Ctrl-C reaches readline as a key, not as a signal.
  // It must end the question that is waiting too, or the process would hang on it.
  const interrupt = new AbortController();
  prompt.on("SIGINT", () => interrupt.abort());
  try {
    for (;;) {
      const line = (await prompt.question("> ", { signal: interrupt.signal })).trim();
      if (line === "quit" || line === "exit") return "done";
      if (line === "help" || line === "?") process.stdout.write(`${HELP}\n\n`);
      else if (line.length > 0) reply(line);
    }
  } catch {
    // Ctrl-C: readline ends the line as it cancels the question. Ctrl-D leaves the cursor behind the
    // prompt: end that line, so the shell's own prompt starts afresh.
    if (interrupt.signal.aborted) return "interrupted";
    process.stdout.write("\n");
    return "done";
  } finally {
    prompt.close();
  }
}
