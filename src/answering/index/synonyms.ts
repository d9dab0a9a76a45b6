import { tokenize } from "../text/normalize.js";

/** Maps terms (and multi-word phrases) of one synonym group to one shared term. */
export interface SynonymMap {
  apply(terms: readonly string[]): string[];
  /** The same, saying which input terms each output term stands for (from ≤ k < to). */
  spans(terms: readonly string[]): SynonymSpan[];
}

export interface SynonymSpan {
  readonly term: string;
  readonly from: number;
  readonly to: number;
}

/**
 * Each group gets the shared term "~<first member's terms>". Members are tokenized like any
 * text, so "Vereinigte Staaten" becomes a two-term phrase, matched longest first.
 */
export function buildSynonymMap(groups: readonly (readonly string[])[]): SynonymMap {
  const single = new Map<string, string>();
  const phrases = new Map<string, string>();
  let longest = 1;
  // Term → the most terms of a phrase it begins: most terms begin none, and are looked up once.
  const startsPhrase = new Map<string, number>();
  for (const group of groups) {
    const members = group.map((member) => tokenize(member, "any").map((token) => token.term)).filter((terms) => terms.length > 0);
    const first = members[0];
    if (first === undefined) continue;
    const shared = `~${first.join("_")}`;
    for (const terms of members) {
      if (terms.length === 1) {
        if (!single.has(terms[0]!)) single.set(terms[0]!, shared);
      } else {
        const key = terms.join(" ");
        if (!phrases.has(key)) phrases.set(key, shared);
        longest = Math.max(longest, terms.length);
        startsPhrase.set(terms[0]!, Math.max(startsPhrase.get(terms[0]!) ?? 0, terms.length));
      }
    }
  }
  const spans = (terms: readonly string[]): SynonymSpan[] => {
    const out: SynonymSpan[] = [];
    for (let i = 0; i < terms.length;) {
      let matched = false;
      for (let length = Math.min(startsPhrase.get(terms[i]!) ?? 0, terms.length - i); length >= 2; length--) {
        const shared = phrases.get(terms.slice(i, i + length).join(" "));
        if (shared !== undefined) {
          out.push({ term: shared, from: i, to: i + length });
          i += length;
          matched = true;
          break;
        }
      }
      if (matched) continue;
      const term = terms[i]!;
      out.push({ term: single.get(term) ?? term, from: i, to: i + 1 });
      i++;
    }
    return out;
  };
  return { apply: (terms) => spans(terms).map((span) => span.term), spans };
}
