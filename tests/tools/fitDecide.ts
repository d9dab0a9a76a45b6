// `npm run fit:decide`: fits the decide stage's logistic weights on the tuning sets and writes
// src/answering/decide/decideWeights.ts. The sets it reads are tuning sets: a set's first-look
// figure must be taken (tests/answering/rounds.md) before it is ever listed here.
import { writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { DECIDE_FEATURES, decideFeatures, type DecideVector } from "../../src/answering/decide/decideFeatures.js";
import { buildMatcher } from "../../src/answering/matcher.js";
import { rank } from "../../src/answering/rank/rank.js";
import { retrieve } from "../../src/answering/retrieve/retrieve.js";
import { understand } from "../../src/answering/understand/understand.js";
import { locateQuote } from "../../src/knowledge/quotes.js";
import { realKnowledge } from "../support/realKnowledge.js";
import { readSet } from "../support/scoreSet.js";
import { TUNING_SETS } from "./tuningSets.js";

const { values } = parseArgs({
  options: {
    "min-declined": { type: "string", default: "0.93" },
    // Tuned sets overstate how sure the decision may be on new questions: a threshold chosen on first looks is kept as given.
    threshold: { type: "string" },
    features: { type: "string", default: DECIDE_FEATURES.join(",") },
    write: { type: "boolean", default: false },
    help: { type: "boolean", short: "h", default: false },
  },
});
if (values.help) {
  process.stdout.write("Usage: npm run fit:decide [-- --write] [--min-declined 0.93] [--threshold 0.56]\n");
  process.exit(0);
}

const knowledge = await realKnowledge();
const matcher = buildMatcher(knowledge);
const paragraphs = knowledge.article.paragraphs;

interface Row {
  readonly features: DecideVector;
  /** 1: answering with the best candidate is right; 0: declining is right. */
  readonly label: number;
  readonly oos: boolean;
}
const rows: Row[] = [];
for (const set of TUNING_SETS) {
  for (const item of readSet(set)) {
    const understood = understand(item.q, {}, matcher.index);
    // One row per message, for its first question: the decision is fitted on how sure the rankers are of one ask.
    const ask = understood.kind === "message" ? understood.asks[0] : undefined;
    if (ask === undefined) {
      rows.push({ features: zeros(), label: 0, oos: item.oos === true });
      continue;
    }
    const ranked = rank(ask, retrieve(ask, matcher.index), matcher);
    const best = ranked.candidates[0];
    const entry = best === undefined ? undefined : knowledge.entries[best.entry];
    const right =
      item.oos !== true &&
      entry !== undefined &&
      new RegExp(item.fact ?? "", "i").test(entry.answer[ask.language]) &&
      entry.citations.some((c) => locateQuote(c.quote, paragraphs).some((n) => item.paras?.includes(n)));
    rows.push({ features: decideFeatures(ask, ranked, matcher.index), label: right ? 1 : 0, oos: item.oos === true });
  }
}

// Standardised features: plain gradient descent then converges in a few thousand steps.
const used = new Set(values.features.split(","));
const names = DECIDE_FEATURES.filter((name) => used.has(name));
const mean = names.map((name) => rows.reduce((sum, row) => sum + row.features[name], 0) / rows.length);
const spread = names.map(
  (name, k) => Math.sqrt(rows.reduce((sum, row) => sum + (row.features[name] - mean[k]!) ** 2, 0) / rows.length) || 1,
);
const x = rows.map((row) => names.map((name, k) => (row.features[name] - mean[k]!) / spread[k]!));
const w = names.map(() => 0);
let b = 0;
const L2 = 0.01;
for (let step = 0; step < 5000; step++) {
  const gw = names.map(() => 0);
  let gb = 0;
  rows.forEach((row, i) => {
    const p = sigmoid(b + x[i]!.reduce((sum, v, k) => sum + v * w[k]!, 0));
    const g = p - row.label;
    x[i]!.forEach((v, k) => (gw[k]! += g * v));
    gb += g;
  });
  names.forEach((_, k) => (w[k]! -= 0.5 * (gw[k]! / rows.length + L2 * w[k]!)));
  b -= (0.5 * gb) / rows.length;
}
// Back to raw feature scales.
const weights = Object.fromEntries(
  DECIDE_FEATURES.map((name) => [name, names.includes(name) ? round(w[names.indexOf(name)]! / spread[names.indexOf(name)]!) : 0]),
) as Record<string, number>;
const bias = round(b - names.reduce((sum, _, k) => sum + (w[k]! * mean[k]!) / spread[k]!, 0));
const confidenceOf = (row: Row): number =>
  sigmoid(bias + names.reduce((sum, name) => sum + weights[name]! * row.features[name], 0));

// The threshold: the one given, or the one with the most right answers while at least min-declined of the out-of-scope are declined.
const minDeclined = Number(values["min-declined"]);
const inScope = rows.filter((row) => !row.oos);
const outOfScope = rows.filter((row) => row.oos);
const at = (t: number) => ({
  threshold: round(t),
  right: inScope.filter((row) => row.label === 1 && confidenceOf(row) >= t).length / inScope.length,
  declined: outOfScope.filter((row) => confidenceOf(row) < t).length / outOfScope.length,
});
let chosen = { threshold: 0.5, right: 0, declined: 0 };
if (values.threshold !== undefined) chosen = at(Number(values.threshold));
else
  for (let t = 0.05; t <= 0.95; t += 0.01) {
    const rates = at(t);
    if (rates.declined >= minDeclined && rates.right > chosen.right) chosen = rates;
  }
process.stdout.write(
  `${rows.length} questions (${inScope.length} in scope, ${outOfScope.length} out of scope) from ${TUNING_SETS.length} sets\n` +
    `best candidate right for ${inScope.filter((row) => row.label === 1).length} of ${inScope.length} in scope\n` +
    `weights ${JSON.stringify(weights)} bias ${bias}\n` +
    `threshold ${chosen.threshold}: right ${(100 * chosen.right).toFixed(1)}%, declined ${(100 * chosen.declined).toFixed(1)}% (on the tuning sets)\n`,
);
if (values.write) {
  const body = DECIDE_FEATURES.map((name) => `    ${name}: ${weights[name]},`).join("\n");
  writeFileSync(
    "src/answering/decide/decideWeights.ts",
    `import type { DecideFeature } from "./decideFeatures.js";

/**
 * The decision's logistic weights and threshold. Written by \`npm run fit:decide\` from the tuning
 * sets (tests/tools/tuningSets.ts); never edited by hand. The threshold is passed to it
 * (\`--threshold\`): chosen on how the bot did on fresh sets at their first look, which tuned sets
 * overstate (docs/answer-quality.md, "The decision's threshold").
 */
export const DECIDE_MODEL: {
  readonly weights: Readonly<Record<DecideFeature, number>>;
  readonly bias: number;
  readonly threshold: number;
} = {
  weights: {
${body}
  },
  bias: ${bias},
  threshold: ${chosen.threshold},
};
`,
  );
  process.stdout.write("wrote src/answering/decide/decideWeights.ts\n");
}

function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z));
}
function round(value: number): number {
  return Math.round(value * 10000) / 10000;
}
function zeros(): DecideVector {
  return Object.fromEntries(DECIDE_FEATURES.map((name) => [name, 0])) as DecideVector;
}
