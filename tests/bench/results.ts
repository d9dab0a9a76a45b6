import type { AutocompleteFigures } from "./autocompleteBench.js";
import type { E2eFigures, RssFigures } from "./e2eFigures.js";
import type { KbFigures } from "./kbBench.js";
import type { Machine } from "./machine.js";
import type { MatchFigures } from "./matchBench.js";
import type { ScaleFigures } from "./scaleBench.js";
import type { StartupFigures } from "./startupBench.js";

/** Everything one `npm run bench` measured; sections that did not run are absent. */
export interface BenchResults {
  readonly machine: Machine;
  readonly questionSet: string;
  kb?: KbFigures;
  match?: MatchFigures;
  autocomplete?: AutocompleteFigures;
  startup?: StartupFigures;
  scale?: ScaleFigures[];
  e2e?: E2eFigures;
  rss?: RssFigures;
  /** Why a section has no figures, e.g. e2e when the bot could not be started. */
  readonly skipped: Record<string, string>;
  durationS?: number;
}
