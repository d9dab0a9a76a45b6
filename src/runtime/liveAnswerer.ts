import { prepareAnswerer, type Answerer } from "../answering/answerer.js";
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
  /** The initial knowledge's full answerer, taken in when it is trained (unless a newer version came first). */
  readonly learned?: Promise<Answerer> | undefined;
  readonly logger: Logger;
  /** `KNOWLEDGE_MAX_BYTES`: the same cap as at start-up. */
  readonly maxBytes?: number | undefined;
  /** Also told about a change with problems (after the log line), e.g. to post it for the moderators. */
  readonly onInvalid?: ((report: readonly string[]) => void) | undefined;
}

/**
 * Keeps an answerer in step with the knowledge file. A new answerer is built completely before
 * it replaces the old one in a single assignment, so a question is always answered by one whole
 * version (first its lexical matcher, then, once trained, with the learned ranker); a change with
 * problems leaves the last good one in place and logs what kb:check prints.
 */
export function followKnowledge({ file, initial, learned, logger, maxBytes, onInvalid }: FollowOptions): LiveAnswerer {
  let current = initial;
  // Each version's full answerer replaces the current one only if no newer version has loaded since.
  let version = 0;
  const takeWhenLearned = (answerer: Promise<Answerer>, of: number): void => {
    answerer.then(
      (full) => {
        if (of === version) current = full;
      },
      (error: unknown) => logger.error({ err: error }, "training the ranker failed; answering with the lexical matcher"),
    );
  };
  if (learned !== undefined) takeWhenLearned(learned, version);
  const watch = watchKnowledge({
    file,
    maxBytes,
    onValid: (knowledge, warnings, fresh) => {
      try {
        const prepared = prepareAnswerer(knowledge);
        // The new version is live at once through its lexical matcher (a moderator's new entry is
        // answered right away); its learned ranker takes over when trained, a second or so later.
        version++;
        current = prepared.quick;
        takeWhenLearned(prepared.learned, version);
      } catch (error) {
        // A bug, not a moderator's mistake: keep answering with what works and say so.
        logger.error({ err: error }, "building the answerer for the reloaded knowledge failed; keeping the last one");
        return;
      }
      // Standing warnings were logged when they appeared; the summary still counts them.
      for (const warning of fresh) logger.warn(formatProblem(warning));
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
