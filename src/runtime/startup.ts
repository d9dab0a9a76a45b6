import { prepareAnswerer, type Answerer } from "../answering/answerer.js";
import type { Config } from "./config.js";
import { join } from "node:path";
import type { LoadResult } from "../knowledge/load.js";
import { loadKnowledgeWithSnapshot } from "../knowledge/snapshot.js";
import { formatProblem } from "../knowledge/problems.js";
import { createLogger, type Logger } from "./logger.js";
import { configOrExit } from "./configOrExit.js";

export interface Runtime {
  readonly config: Config;
  readonly logger: Logger;
  /** Answers at once (the lexical matcher); `learned` is the full answerer, about a second later. */
  readonly answerer: Answerer;
  readonly learned: Promise<Answerer>;
}

/**
 * What every entry point does first: configuration, logger, knowledge. A bad value or a broken
 * knowledge file ends the process with exit 1 and a message that says what to fix.
 */
export async function startRuntime(): Promise<Runtime> {
  const config = configOrExit();
  const logger = createLogger(config.LOG_LEVEL);
  const loaded = await loadKnowledgeOrExit(config, logger);
  // Warnings do not stop the bot and `npm run kb:check` lists them; at start-up they are detail.
  for (const warning of loaded.warnings) logger.debug(formatProblem(warning));
  const { quick, learned } = prepareAnswerer(loaded.knowledge);
  return { config, logger, answerer: quick, learned };
}

/** Where a start keeps the last knowledge that loaded, to start sooner while the files are unchanged. */
export const SNAPSHOT_FILE = "knowledge.snapshot";

/**
 * The knowledge of `KNOWLEDGE_FILE`, or exit 1 with its problems. Alone, for a process that must
 * refuse a broken file but answers nothing itself (the shard manager).
 */
export async function loadKnowledgeOrExit(
  config: Pick<Config, "KNOWLEDGE_FILE" | "KNOWLEDGE_MAX_BYTES" | "DATA_DIR">,
  logger?: Logger,
): Promise<Extract<LoadResult, { ok: true }>> {
  const { result: loaded, snapshot } = await loadKnowledgeWithSnapshot(
    config.KNOWLEDGE_FILE,
    join(config.DATA_DIR, SNAPSHOT_FILE),
    {
      maxBytes: config.KNOWLEDGE_MAX_BYTES,
    },
  );
  logger?.debug(`knowledge snapshot (${join(config.DATA_DIR, SNAPSHOT_FILE)}): ${snapshot}`);
  if (!loaded.ok) {
    process.stderr.write(`The knowledge file ${config.KNOWLEDGE_FILE} has problems:\n`);
    for (const problem of loaded.problems) process.stderr.write(`  ${formatProblem(problem)}\n`);
    process.exit(1);
  }
  return loaded;
}
