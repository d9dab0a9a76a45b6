import type { MatchIndex } from "./matchIndex.js";
import { isStopwordIn, words } from "./normalize.js";
import type { Language } from "../knowledge/types.js";

export interface DetectedLanguage {
  readonly language: Language;
  /** False when the question alone did not decide (then the hint, or German, did). */
  readonly sure: boolean;
}

/** A difference in votes below this leaves the question's language open. */
const SURE_MARGIN = 1;

/**
 * German or English from the question's own words: umlauts and ß, function words that belong
 * to only one of the languages, and words the knowledge uses in only one language's questions.
 * Too short to tell, the caller's hint (a Discord locale) decides, then German, the article's.
 */
export function detectLanguage(question: string, index: MatchIndex, hint?: string): DetectedLanguage {
  let de = /[äöüßÄÖÜ]/.test(question) ? 2 : 0;
  let en = /\b\w+'(s|re|t|ll|ve|d)\b/i.test(question) ? 1 : 0;
  for (const word of words(question)) {
    const inDe = isStopwordIn(word, "de");
    const inEn = isStopwordIn(word, "en");
    if (inDe && !inEn) de += 1;
    else if (inEn && !inDe) en += 1;
    else if (!inDe && !inEn) {
      const votes = index.languageVotes.get(word);
      if (votes !== undefined && votes.de > 0 && votes.en === 0) de += 0.5;
      else if (votes !== undefined && votes.en > 0 && votes.de === 0) en += 0.5;
    }
  }
  if (Math.abs(de - en) >= SURE_MARGIN) return { language: de > en ? "de" : "en", sure: true };
  const hinted = languageOfLocale(hint);
  if (hinted !== undefined) return { language: hinted, sure: false };
  if (de !== en) return { language: de > en ? "de" : "en", sure: false };
  return { language: "de", sure: false };
}

/** "de", "de-AT" → de; "en-US", "en-GB" → en; anything else says nothing about the question. */
export function languageOfLocale(locale: string | undefined): Language | undefined {
  if (locale === undefined) return undefined;
  const base = locale.toLowerCase().split(/[-_]/)[0];
  return base === "de" ? "de" : base === "en" ? "en" : undefined;
}
