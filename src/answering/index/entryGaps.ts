import type { Entry } from "../../knowledge/types.js";

/**
 * "The article does not name the treaties", "gives no exact number", "does not list the others":
 * an answer that says a finer detail is missing. Not "does not report whether it happened" (an
 * outcome), which answers a "what exactly" question as well as any other.
 */
const MISSING_DETAIL = [
  /\b(?:does not|doesn't) (?:name|list|specify|explain|say what|say who|say which)\b/i,
  /\b(?:gives|names) no\b/i,
  /\bno exact\b/i,
  /\b(?:nennt|listet|erklärt)\b[^.;]*\bnicht\b/i,
  /\bwelche[rsnm]?\b[^.;]*\bsagt\b[^.;]*\bnicht\b/i,
  /\bsagt\b[^.;]*\bnicht,? (?:wer|was|welche[rsnm]?)\b/i,
  /\bkein(?:e|en)? (?:genaue|exakte)\b/i,
];

/** A gap that is only a number ("gives no exact number", "eine genaue Zahl nennt er nicht"). */
const NUMBER = /\b(?:number|figure|zahl|anzahl)\b/i;

/** What an answer leaves out: nothing, only a number, or some other finer detail. */
export type MissingDetail = "none" | "count" | "detail";

const gapOfEntry = new WeakMap<Entry, MissingDetail>();

/** Whether the entry's answer says, in either language, that the article leaves out a detail, and what kind. */
export function missingDetail(entry: Entry): MissingDetail {
  let gap = gapOfEntry.get(entry);
  if (gap === undefined) {
    const clauses = [entry.answer.de, entry.answer.en].flatMap((text) => text.split(/[.;]/));
    const gaps = clauses.filter((clause) => MISSING_DETAIL.some((pattern) => pattern.test(clause)));
    gap = gaps.length === 0 ? "none" : gaps.every((clause) => NUMBER.test(clause)) ? "count" : "detail";
    gapOfEntry.set(entry, gap);
  }
  return gap;
}

/** "Is not named", "neither of them is named", "does not name the treaties", "names no author": the name is what the article leaves out. */
const WITHHELD_NAME = /\b(?:(?:is|are) not named|neither(?: of them)? is named|(?:does not|doesn't) name|names no)\b/i;

/** Whether the entry's answer says the article gives no name for what it is about (read in English, where the wording is fixed). */
export function withholdsName(entry: Entry): boolean {
  return WITHHELD_NAME.test(entry.answer.en);
}
