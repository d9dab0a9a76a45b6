import type { BenchResults } from "./results.js";
import type { ScaleFigures } from "./scaleBench.js";
import { checkTargets } from "./targets.js";

/** The run as Markdown tables: readable in a terminal and pasted as-is into the docs (docs/performance.md). */
export function renderReport(results: BenchResults): string {
  const { machine, kb, match, autocomplete, startup, scale, e2e, rss } = results;
  const out: string[] = [
    `Machine: ${machine.cpus} CPUs (${machine.cpuModel}), ${machine.memoryGb} GB, Node ${machine.node}, load ${machine.load} at start` +
      ` · questions: ${results.questionSet}${results.durationS === undefined ? "" : ` · ran ${fmt(results.durationS)} s`}`,
  ];
  if (kb !== undefined) {
    out.push(
      section(
        "kb — the real knowledge",
        [
          "entries",
          "phrasings",
          "load + validate (cold)",
          "first build",
          "reload, live (p50)",
          "reload, ranker trained (p50)",
          "max",
        ],
        [
          [
            kb.entries,
            kb.phrasings,
            ms(kb.loadMs),
            ms(kb.buildMs),
            ms(kb.liveMs.p50),
            ms(kb.reloadMs.p50),
            ms(kb.reloadMs.max),
          ].map(String),
        ],
      ),
    );
  }
  if (match !== undefined) {
    const { latencyUs: l, longLatencyUs: long } = match;
    out.push(
      section(
        "match — answer() on the real knowledge, questions as written and misspelt",
        ["questions", "p50", "p99", "max", "qps", "500-char message p50", "p99"],
        [[String(match.questions), us(l.p50), us(l.p99), us(l.max), fmt(match.qps), us(long.p50), us(long.p99)]],
      ),
    );
  }
  if (autocomplete !== undefined) {
    const { latencyUs: l } = autocomplete;
    out.push(
      section(
        "autocomplete — suggest() on every prefix of the questions",
        ["prefixes", "p50", "p99", "max"],
        [[String(autocomplete.prefixes), us(l.p50), us(l.p99), us(l.max)]],
      ),
    );
  }
  if (startup !== undefined) {
    const { warmMs: w } = startup;
    out.push(
      section(
        "startup — npm start to the console's prompt, in a terminal",
        ["first start (no snapshot)", `later starts p50 (${w.n})`, "min", "max"],
        [[ms(startup.firstMs), ms(w.p50), ms(w.min), ms(w.max)]],
      ),
    );
  }
  if (scale !== undefined) out.push(scaleSection(scale));
  if (e2e !== undefined) {
    out.push(
      section(
        `e2e — /ask through the fake Discord, ${e2e.asks} asks each; ${pct(e2e.botAnswered)} of the bot's replies were answers`,
        ["bot", "p50", "p99", "max"],
        [
          ["Talks Q&A", ms(e2e.botMs.p50), ms(e2e.botMs.p99), ms(e2e.botMs.max)],
          ["floor (fixed reply)", ms(e2e.floorMs.p50), ms(e2e.floorMs.p99), ms(e2e.floorMs.max)],
          ["overhead", ms(e2e.overheadMs.p50), ms(e2e.overheadMs.p99), ""],
        ],
      ),
    );
  }
  if (rss !== undefined) {
    out.push(
      section(
        "rss — the compiled bot (as npm run start:prod runs it, one process), /ask through the fake Discord",
        ["after start", `after ${rss.questions} questions`, "peak", "growth", "along the way"],
        [[mb(rss.afterStartMb), mb(rss.afterQuestionsMb), mb(rss.peakMb), mb(rss.growthMb), rss.samplesMb.map(mb).join(" → ")]],
      ),
    );
  }
  for (const [name, reason] of Object.entries(results.skipped)) out.push(`\n**${name}**: not measured — ${reason}`);
  out.push(
    section(
      "targets",
      ["target", "this run", "met"],
      checkTargets(results).map((t) => [t.target, t.value, t.met === undefined ? "–" : t.met ? "yes" : "**no**"]),
    ),
  );
  return `${out.join("\n")}\n`;
}

function scaleSection(scale: readonly ScaleFigures[]): string {
  const rows = scale.flatMap((s) =>
    (["ours", "fuse"] as const).map((name) => {
      const f = s[name];
      const ours = name === "ours";
      return [
        ours ? s.size.toLocaleString("en-US") : "",
        ours ? "Talks Q&A" : "plain Fuse.js",
        ms(f.buildMs),
        String(f.queries),
        ms(f.latencyMs.p50),
        ms(f.latencyMs.p99),
        ms(f.latencyMs.max),
        ours ? `${pct(f.recallAt1)} (${pct(s.oursRecallOnFuseSample)} on Fuse's sample)` : pct(f.recallAt1),
        mb(f.heapMb),
        mb(f.maxRssMb),
        ours ? "" : `${fmt(s.speedupP50)}× / ${fmt(s.speedupP99)}×`,
      ];
    }),
  );
  return section(
    "scale — generated knowledge, misspelt paraphrases; each matcher in its own process",
    ["entries", "matcher", "build", "queries", "p50", "p99", "max", "recall@1", "heap", "peak RSS", "ours faster (p50 / p99)"],
    rows,
  );
}

function section(title: string, header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]): string => `| ${cells.join(" | ")} |`;
  return [`\n### ${title}\n`, line(header), line(header.map(() => "---")), ...rows.map(line)].join("\n");
}

/** Three significant digits: more would be noise. */
function fmt(value: number): string {
  if (!Number.isFinite(value)) return "–";
  return value >= 1000 ? Math.round(value).toLocaleString("en-US") : String(Number(value.toPrecision(3)));
}
const ms = (value: number): string => `${fmt(value)} ms`;
const us = (value: number): string => `${fmt(value)} µs`;
const mb = (value: number): string => `${fmt(value)} MB`;
const pct = (share: number): string => `${(share * 100).toFixed(1)}%`;
