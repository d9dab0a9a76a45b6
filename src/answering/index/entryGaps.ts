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

const gapOfEntry = new WeakMap<Entry, boolean>();

/** Whether the entry's answer says, in either language, that the article leaves out a detail. */
export function admitsMissingDetail(entry: Entry): boolean {
  let gap = gapOfEntry.get(entry);
  if (gap === undefined) {
    const texts = [entry.answer.de, entry.answer.en];
    gap = texts.some((text) => MISSING_DETAIL.some((pattern) => pattern.test(text)));
    gapOfEntry.set(entry, gap);
  }
  return gap;
}
