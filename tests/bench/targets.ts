import { RSS_QUESTIONS, RSS_TARGET_MB } from "./e2eFigures.js";
import type { BenchResults } from "./results.js";

export interface TargetCheck {
  readonly target: string;
  readonly value: string;
  /** Undefined when the section did not run. */
  readonly met: boolean | undefined;
}

/** The targets against the figures of this run. */
export function checkTargets(results: BenchResults): TargetCheck[] {
  const { kb, match, autocomplete, startup, scale, e2e, rss } = results;
  const at = (size: number) => scale?.find((figures) => figures.size === size);
  const s10k = at(10_000);
  const s100k = at(100_000);
  return [
    check("real knowledge: answer() p99 ≤ 1 ms", match && match.latencyUs.p99 / 1000, (v) => v <= 1, "ms"),
    check("real knowledge: a 500-character message p99 ≤ 3 ms", match && match.longLatencyUs.p99 / 1000, (v) => v <= 3, "ms"),
    check("autocomplete p99 ≤ 1 ms", autocomplete && autocomplete.latencyUs.p99 / 1000, (v) => v <= 1, "ms"),
    check(
      "npm start to the console's prompt ≤ 1.5 s (p50 of later starts)",
      startup && startup.warmMs.p50 / 1000,
      (v) => v <= 1.5,
      "s",
    ),
    check("reload with the ranker trained ≤ 2 s (p50)", kb && kb.reloadMs.p50 / 1000, (v) => v <= 2, "s"),
    check("10k entries: p99 ≤ 10 ms", s10k?.ours.latencyMs.p99, (v) => v <= 10, "ms"),
    check("10k entries: ≥ 100× faster than plain Fuse.js (p50)", s10k?.speedupP50, (v) => v >= 100, "×"),
    check(
      "10k entries: recall@1 not lower than plain Fuse.js (same questions)",
      s10k && s10k.oursRecallOnFuseSample - s10k.fuse.recallAt1,
      (v) => v >= 0,
      "points",
      s10k && `${pct(s10k.oursRecallOnFuseSample)} vs ${pct(s10k.fuse.recallAt1)}`,
    ),
    check("100k entries: build ≤ 5 s", s100k && s100k.ours.buildMs / 1000, (v) => v <= 5, "s"),
    check("100k entries: p99 ≤ 50 ms", s100k?.ours.latencyMs.p99, (v) => v <= 50, "ms"),
    check("100k entries: RSS ≤ 500 MB", s100k?.ours.maxRssMb, (v) => v <= 500, "MB (peak)"),
    check("end to end: p99 overhead over the floor bot ≤ 5 ms", e2e?.overheadMs.p99, (v) => v <= 5, "ms"),
    check(
      `compiled bot: RSS after ${RSS_QUESTIONS.toLocaleString("en-US")} questions ≤ ${RSS_TARGET_MB} MB`,
      rss?.afterQuestionsMb,
      (v) => v <= RSS_TARGET_MB,
      "MB",
    ),
  ];
}

function check(
  target: string,
  value: number | undefined,
  met: (value: number) => boolean,
  unit: string,
  shown?: string,
): TargetCheck {
  if (value === undefined) return { target, value: "not measured", met: undefined };
  return { target, value: shown ?? `${Number(value.toPrecision(3))} ${unit}`, met: met(value) };
}

function pct(share: number): string {
  return `${(share * 100).toFixed(1)}%`;
}
