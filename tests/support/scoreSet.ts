import { readFileSync } from "node:fs";
import type { Answerer } from "../../src/answering/answerer.js";
import { locateQuote } from "../../src/knowledge/quotes.js";

export interface SetItem {
  readonly id: string;
  readonly lang: "de" | "en";
  readonly q: string;
  readonly paras?: readonly number[];
  readonly fact?: string;
  readonly oos?: boolean;
}

export interface SetScore {
  readonly accuracy: number;
  readonly abstention: number;
  readonly language: number;
  readonly faithful: number;
  readonly misses: readonly string[];
  readonly counts: { readonly inScope: number; readonly outOfScope: number };
}

export function readSet(path: string): SetItem[] {
  return readFileSync(path, "utf8")
    .split("\n")
    .filter((line) => line.trim().length > 0)
    .map((line) => JSON.parse(line) as SetItem);
}

/** The rules of ../shared/eval/score.mjs, in process: fact, citation in an expected ¶, language, abstention. */
export function scoreSet(items: readonly SetItem[], answerer: Answerer): SetScore {
  const paragraphs = answerer.knowledge.article.paragraphs;
  const tally = { in: [0, 0], oos: [0, 0], lang: [0, 0], faithful: [0, 0] };
  const misses: string[] = [];
  for (const item of items) {
    const r = answerer.answer(item.q);
    const answered = r.status === "answered";
    if (answered) {
      tally.faithful[1]!++;
      if (r.citations.length > 0 && r.citations.every((c) => locateQuote(c.quote, paragraphs).includes(c.paragraph)))
        tally.faithful[0]!++;
    }
    if (item.oos === true) {
      tally.oos[1]!++;
      if (!answered) tally.oos[0]!++;
      else misses.push(`${item.id} answered out-of-scope: ${item.q} -> ${r.entryId} (${r.score})`);
      continue;
    }
    tally.in[1]!++;
    const fact = answered && new RegExp(item.fact ?? "", "i").test(r.answer);
    const cited = answered && r.citations.some((c) => locateQuote(c.quote, paragraphs).some((n) => item.paras?.includes(n)));
    if (answered) {
      tally.lang[1]!++;
      if (r.language === item.lang) tally.lang[0]!++;
    }
    if (answered && fact && cited) tally.in[0]!++;
    else
      misses.push(
        `${item.id} ${answered ? (fact ? "wrong citation" : "wrong fact") : r.status}: ${item.q} -> ${r.entryId ?? r.suggestions.map((s) => s.entryId).join("|")} (${r.score})`,
      );
  }
  const rate = ([a, b]: number[]): number => (b === 0 ? 1 : a! / b!);
  return {
    accuracy: rate(tally.in),
    abstention: rate(tally.oos),
    language: rate(tally.lang),
    faithful: rate(tally.faithful),
    misses,
    counts: { inScope: tally.in[1]!, outOfScope: tally.oos[1]! },
  };
}
