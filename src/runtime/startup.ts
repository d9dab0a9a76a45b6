import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { prepareAnswerer, type Answerer } from "../answering/answerer.js";
import type { Config } from "./config.js";
import type { LoadResult } from "../knowledge/load.js";
import { loadKnowledgeWithSnapshot, type SnapshotLoad } from "../knowledge/snapshot.js";
import { codeDigest } from "../knowledge/sources.js";
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
  const { result: loaded, kit } = await loadOrExit(config, logger);
  // Warnings do not stop the bot and `npm run kb:check` lists them; at start-up they are detail.
  for (const warning of loaded.warnings) logger.debug(formatProblem(warning));
  const code = await answeringCode();
  const { quick, learned, keep } = prepareAnswerer(loaded.knowledge, kit.attachment(INDEX, code));
  // Kept for the next start: only a start after the knowledge or the code changed pays for the write,
  // and it waits for it (tens of milliseconds): a process stopped right after its prompt or its
  // login would otherwise keep nothing, and every start would build again.
  if (keep !== undefined) logger.debug(`index of the knowledge: ${await kit.attach(INDEX, code, keep)}`);
  return { config, logger, answerer: quick, learned };
}

/** The index built from the knowledge, kept with the snapshot: taking it back is most of a start's saving. */
const INDEX = "index";

let answeringDigest: Promise<string> | undefined;

/** The answering core's code: an index built by another version is built anew. */
function answeringCode(): Promise<string> {
  answeringDigest ??= codeDigest(fileURLToPath(new URL("../answering/", import.meta.url)));
  return answeringDigest;
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
  return (await loadOrExit(config, logger)).result;
}

async function loadOrExit(
  config: Pick<Config, "KNOWLEDGE_FILE" | "KNOWLEDGE_MAX_BYTES" | "DATA_DIR">,
  logger: Logger | undefined,
): Promise<{ result: Extract<LoadResult, { ok: true }>; kit: SnapshotLoad }> {
  const path = join(config.DATA_DIR, SNAPSHOT_FILE);
  const kit = await loadKnowledgeWithSnapshot(config.KNOWLEDGE_FILE, path, { maxBytes: config.KNOWLEDGE_MAX_BYTES });
  logger?.debug(`knowledge snapshot (${path}): ${kit.snapshot}`);
  const { result } = kit;
  if (!result.ok) {
    process.stderr.write(`The knowledge file ${config.KNOWLEDGE_FILE} has problems:\n`);
    for (const problem of result.problems) process.stderr.write(`  ${formatProblem(problem)}\n`);
    process.exit(1);
  }
  return { result, kit };
}
