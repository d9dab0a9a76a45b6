import { createAnswerer, type Answerer } from "../answering/answerer.js";
import type { LoadResult } from "../knowledge/load.js";
import { formatProblem } from "../knowledge/problems.js";
import { summarizeKnowledge } from "../knowledge/summary.js";
import { watchKnowledge } from "../knowledge/watch.js";
import type { Logger } from "./logger.js";

export interface LiveAnswerer {
  /** The answerer of the newest knowledge that loaded; read it once per question. */
  current(): Answerer;
  /** Loads the file now (as a change would) and resolves once a valid result is live. */
  reload(): Promise<LoadResult>;
  close(): void;
}

export interface FollowOptions {
  readonly file: string;
  readonly initial: Answerer;
  readonly logger: Logger;
  /** `KNOWLEDGE_MAX_BYTES`: the same cap as at start-up. */
  readonly maxBytes?: number | undefined;
  /** Also told about a change with problems (after the log line), e.g. to post it for the moderators. */
  readonly onInvalid?: ((report: readonly string[]) => void) | undefined;
}

/**
 * Keeps an answerer in step with the knowledge file. A new answerer is built completely before
 * it replaces the old one in a single assignment, so a question is always answered by one whole
 * version; a change with problems leaves the last good one in place and logs what kb:check prints.
 */
export function followKnowledge({ file, initial, logger, maxBytes, onInvalid }: FollowOptions): LiveAnswerer {
  let current = initial;
  const watch = watchKnowledge({
    file,
    maxBytes,
    onValid: (knowledge, warnings) => {
      try {
        current = createAnswerer(knowledge);
      } catch (error) {
        // A bug, not a moderator's mistake: keep answering with what works and say so.
        logger.error({ err: error }, "building the answerer for the reloaded knowledge failed; keeping the last one");
        return;
      }
      for (const warning of warnings) logger.warn(formatProblem(warning));
      logger.info(`knowledge reloaded: ${summarizeKnowledge(knowledge, warnings.length)}`);
    },
    onInvalid: (_problems, report) => {
      logger.error(
        { problems: report },
        `the knowledge file changed but has problems; still answering from the last good version:\n${report.join("\n")}`,
      );
      onInvalid?.(report);
    },
  });
  return { current: () => current, reload: () => watch.reload(), close: () => watch.close() };
}
