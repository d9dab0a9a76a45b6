import type { Knowledge, Language } from "../../knowledge/types.js";
import { tokenize, type Token } from "../text/normalize.js";
import { matchIndexOf, type MatchIndex, type MatchIndexData } from "./matchIndex.js";

/** Texts read again to check a kept index: enough to notice another stemmer or stop-word list. */
const PROBES = 24;

/**
 * A built index as plain data, to keep with the knowledge's snapshot for the next start: taking
 * it back costs milliseconds where a build costs a third of a second. With it, a few of the
 * knowledge's questions as the build read them, because the answering code's digest does not
 * see the libraries it reads with (a stemmer or a stop-word list updated by npm).
 */
export interface KeptIndex {
  readonly data: MatchIndexData;
  readonly probes: readonly Probe[];
}

interface Probe {
  readonly text: string;
  readonly language: Language;
  readonly tokens: readonly Token[];
}

export function keepIndex(knowledge: Knowledge, index: MatchIndex): KeptIndex {
  const probes = probesOf(knowledge).map(({ text, language }) => ({ text, language, tokens: tokenize(text, language) }));
  return { data: index.data, probes };
}

/**
 * The index a kept one stands for, when it was made from this knowledge by code that reads as
 * this code does; undefined otherwise (not a kept index, another knowledge, other readings).
 */
export function takeIndex(knowledge: Knowledge, kept: unknown): MatchIndex | undefined {
  if (!isKeptIndex(kept) || kept.data.phrasings.ofEntry.length !== knowledge.entries.length + 1) return undefined;
  for (const { text, language, tokens } of kept.probes) {
    if (JSON.stringify(tokenize(text, language)) !== JSON.stringify(tokens)) return undefined;
  }
  return matchIndexOf(knowledge, kept.data);
}

/** Questions spread over the whole knowledge, both languages. */
function probesOf(knowledge: Knowledge): { text: string; language: Language }[] {
  const all = knowledge.entries.flatMap((entry) =>
    (["de", "en"] as const).flatMap((language) =>
      [...entry.questions[language], ...entry.phrasings[language]].map((text) => ({ text, language })),
    ),
  );
  const step = Math.max(1, Math.floor(all.length / PROBES));
  return all.filter((_, k) => k % step === 0).slice(0, PROBES);
}

/** The shape a kept index has; a file another version wrote, or a damaged one, has not. */
function isKeptIndex(value: unknown): value is KeptIndex {
  const kept = value as Partial<KeptIndex> | null;
  const data = kept?.data as Partial<MatchIndexData> | undefined;
  return (
    Array.isArray(kept?.probes) &&
    data?.phrasings?.ofEntry instanceof Int32Array &&
    data.termIds instanceof Map &&
    data.idf instanceof Float64Array &&
    data.postings?.ids instanceof Int32Array &&
    data.bag?.ids instanceof Int32Array &&
    typeof data.unknownWeight === "number" &&
    data.stems instanceof Set &&
    data.surface instanceof Map &&
    Array.isArray(data.wordsByUse) &&
    data.aliases instanceof Map &&
    data.languageVotes instanceof Map &&
    data.intentShare instanceof Map
  );
}
