import { unwatchFile, watch, watchFile, type FSWatcher } from "node:fs";
import { readFile } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import { metaPathFor } from "./article.js";
import { checkReport } from "./checkReport.js";
import { loadKnowledge, type LoadResult } from "./load.js";
import type { Problem } from "./problems.js";
import type { Knowledge } from "./types.js";
import { parseYamlSource } from "./yamlSource.js";

export interface KnowledgeWatchOptions {
  readonly file: string;
  /**
   * A change that loads: the caller swaps in the new knowledge. `fresh` are the warnings the last
   * load that succeeded did not have: what to report, so standing warnings are told once, not at
   * every reload.
   */
  readonly onValid: (knowledge: Knowledge, warnings: readonly Problem[], fresh: readonly Problem[]) => void;
  /** A change that does not load: the caller keeps its last good knowledge. `report` is what kb:check prints. */
  readonly onInvalid: (problems: readonly Problem[], report: readonly string[]) => void;
  /** Editors and `git checkout` write in bursts: wait this long after the last event. */
  readonly debounceMs?: number | undefined;
  /** `KNOWLEDGE_MAX_BYTES`: the same cap as at start-up. */
  readonly maxBytes?: number | undefined;
}

export interface KnowledgeWatch {
  /**
   * Reloads now (through the same queue as the file events, so loads never overlap or land out of
   * order) and resolves with the result of a load that started after the call.
   */
  reload(): Promise<LoadResult>;
  close(): void;
}

/** How often to look at the files where the system cannot report changes (some network drives). */
const POLL_MS = 1000;

/**
 * Follows the knowledge file and the article it names. Their FOLDERS are watched, because an
 * atomic write (ours, an editor's, git's) renames a new file over the old one, which a watch on
 * the file itself would stop seeing. Each burst of changes leads to one reload; reloads never
 * overlap, and the same problems (or warnings) are reported once, not on every save.
 */
export function watchKnowledge(options: KnowledgeWatchOptions): KnowledgeWatch {
  const qaPath = resolve(options.file);
  const folders = new Map<string, () => void>();
  const wanted = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  let running = false;
  let again = false;
  let closed = false;
  let lastReport = "";
  let lastWarnings = new Set<string>();
  let waiters: ((result: LoadResult) => void)[] = [];

  const schedule = (): void => {
    if (closed) return;
    clearTimeout(timer);
    timer = setTimeout(() => void reload(), options.debounceMs ?? 150);
    timer.unref();
  };

  const follow = (paths: readonly string[]): void => {
    wanted.clear();
    for (const path of paths) wanted.add(path);
    for (const dir of new Set(paths.map((path) => dirname(path)))) {
      if (!folders.has(dir)) folders.set(dir, watchFolder(dir, wanted, schedule, () => folders.delete(dir)));
    }
  };

  const reload = async (): Promise<void> => {
    if (running) {
      again = true;
      return;
    }
    running = true;
    try {
      do {
        again = false;
        const served = waiters;
        waiters = [];
        const result = await loadKnowledge(qaPath, options.maxBytes === undefined ? {} : { maxBytes: options.maxBytes });
        const paths = await watchedPaths(qaPath);
        if (!closed) {
          // The file may now name another article: follow that one's folder too.
          follow(paths);
          if (result.ok) {
            lastReport = "";
            const fresh = result.warnings.filter((warning) => !lastWarnings.has(warningKey(warning)));
            lastWarnings = new Set(result.warnings.map(warningKey));
            options.onValid(result.knowledge, result.warnings, fresh);
          } else {
            const report = checkReport(result, qaPath);
            if (report.join("\n") !== lastReport) options.onInvalid(result.problems, report);
            lastReport = report.join("\n");
          }
        }
        // After the callbacks: whoever asked for this load finds the knowledge swapped already.
        for (const resolve of served) resolve(result);
      } while (again && !closed);
    } finally {
      running = false;
      // Asked for after the last load had started, and the watch closed meanwhile: one more load serves them.
      if (waiters.length > 0) void reload();
    }
  };

  follow([qaPath]);
  void watchedPaths(qaPath).then((paths) => {
    if (!closed) follow(paths);
  });
  return {
    reload: () =>
      new Promise<LoadResult>((resolve) => {
        waiters.push(resolve);
        clearTimeout(timer);
        void reload();
      }),
    close: () => {
      closed = true;
      clearTimeout(timer);
      for (const stop of folders.values()) stop();
      folders.clear();
    },
  };
}

/** A warning as the same warning, even when an edit above it moved it to another line. */
function warningKey(warning: Problem): string {
  return [warning.file, warning.entryId ?? "", warning.field, warning.message].join("\u0000");
}

/** Watches one folder for changes to the files in `wanted` (read at each event); returns the stop function. */
function watchFolder(dir: string, wanted: ReadonlySet<string>, changed: () => void, gone: () => void): () => void {
  let watcher: FSWatcher;
  try {
    watcher = watch(dir, (_event, name) => {
      if (name === null || wanted.has(join(dir, name))) changed();
    });
  } catch {
    // No change events here: look at the files' times instead.
    const files = [...wanted].filter((path) => dirname(path) === dir);
    for (const path of files) watchFile(path, { interval: POLL_MS, persistent: false }, changed);
    return () => files.forEach((path) => unwatchFile(path, changed));
  }
  // A folder that disappears (moved, unmounted) ends its watch; the next reload sets it up again.
  watcher.on("error", () => {
    watcher.close();
    gone();
  });
  watcher.unref();
  return () => watcher.close();
}

/** The knowledge file, the article it names and the article's metadata. */
async function watchedPaths(qaPath: string): Promise<string[]> {
  try {
    const article = parseYamlSource(await readFile(qaPath, "utf8"), basename(qaPath)).value as { article?: unknown };
    if (typeof article?.article !== "string") return [qaPath];
    const articlePath = resolve(dirname(qaPath), article.article);
    return [qaPath, articlePath, metaPathFor(articlePath)];
  } catch {
    return [qaPath];
  }
}
