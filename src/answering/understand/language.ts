import type { Language } from "../../knowledge/types.js";
import type { MatchIndex } from "../index/matchIndex.js";
import { isStopwordIn, words } from "../text/normalize.js";

export interface DetectedLanguage {
  readonly language: Language;
  /** False when the question alone did not decide (then the hint, or German, did). */
  readonly sure: boolean;
}

/** A difference in votes below this leaves the question's language open. */
const SURE_MARGIN = 1;

/**
 * Chat words of one language that no stop-word list holds: greetings, thanks, goodbyes, the
 * shorthand of chat. Short messages often consist of nothing else ("thx", "danke dir", "cya").
 */
const CHAT_WORDS: Readonly<Record<Language, readonly string[]>> = {
  en: [
    "hello",
    "hellooo",
    "hi",
    "hey",
    "howdy",
    "thanks",
    "thank",
    "thx",
    "ty",
    "tysm",
    "tyvm",
    "cheers",
    "mate",
    "bye",
    "goodbye",
    "cya",
    "later",
    "help",
    "please",
    "pls",
    "plz",
    "nonsense",
    "pardon",
    "huh",
    "sure",
    "wrong",
    "right",
    "correct",
    "true",
    "bad",
    "good",
    "great",
    "awesome",
    "nice",
    "yes",
    "yeah",
    "yep",
    "nope",
    "alright",
    "thats",
    "whats",
    "whos",
    "wheres",
    "hows",
    "ur",
    "dude",
    "bro",
    "guys",
    "anyone",
    "someone",
    "says",
    "said",
    "tell",
    "know",
    "wanna",
    "gonna",
    "gotta",
    "kinda",
    "ngl",
    "tbh",
    "idk",
    "imo",
    "rn",
    "btw",
  ],
  de: [
    "hallo",
    "hallochen",
    "moin",
    "servus",
    "gruss",
    "gruezi",
    "danke",
    "dankeschon",
    "vielen",
    "tschuss",
    "tschau",
    "hilfe",
    "bitte",
    "nee",
    "ne",
    "jo",
    "ja",
    "nein",
    "genau",
    "stimmt",
    "richtig",
    "falsch",
    "digga",
    "alter",
    "kp",
    "ka",
    "iwie",
    "nix",
    "nichts",
    "gibts",
    "wars",
    "weisst",
    "weiss",
    "sagt",
    "gesagt",
    "krieg",
    "treffen",
    "gesprache",
    "wann",
    "wer",
    "wo",
    "warum",
    "wieso",
    "welche",
    "welcher",
    "wie",
    "was",
    "ist",
    "sind",
  ],
};

/**
 * Words both languages use ("will", "war", "so", "man", "also"): a stop-word list of one language
 * holds them, but they say nothing about which language a question is in. "war" and "will" are
 * English content words as often as German function words.
 */
const SHARED_WORDS = new Set([
  "will",
  "war",
  "so",
  "man",
  "also",
  "in",
  "hat",
  "bin",
  "r",
  "u",
  "fast",
  "kind",
  "gift",
  "rock",
  "hell",
  "best",
  "bald",
  "art",
  "was",
]);

/** Endings that mark a word of one language when the knowledge has never seen the word. */
const ENDINGS: readonly (readonly [RegExp, Language])[] = [
  [/(?:ung|ungen|keit|heit|lich|isch|schaft|chen|igen|eln|ern)$/, "de"],
  [/^(?:ge|ver|zer|ent)[a-z]{4,}(?:t|en)$/, "de"],
  [/sch/, "de"],
  [/(?:ies|ing|ness|ed|ly|tion|ity|ous)$/, "en"],
  [/(?:^th|w[hr])/, "en"],
];

const CHAT_LANGUAGE = new Map<string, Language>();
for (const language of ["en", "de"] as const) for (const word of CHAT_WORDS[language]) CHAT_LANGUAGE.set(word, language);

/**
 * German or English from the question's own words: umlauts and ß, chat words and function words
 * that belong to only one of the languages, words the knowledge uses in only one language's
 * questions, and the endings of words it has never seen. Too short to tell, the caller's hint
 * (a Discord locale) decides, then German, the article's language. Cheap: no matching at all.
 */
export function detectLanguage(question: string, index: MatchIndex, hint?: string): DetectedLanguage {
  let de = /[äöüßÄÖÜ]/.test(question) ? 2 : 0;
  let en = /\b\w+'(s|re|t|ll|ve|d|m)\b/i.test(question) ? 1 : 0;
  for (const word of words(question)) {
    if (SHARED_WORDS.has(word) || /^\d+$/.test(word)) continue;
    const chat = CHAT_LANGUAGE.get(word);
    if (chat !== undefined) {
      if (chat === "de") de += 1;
      else en += 1;
      continue;
    }
    const inDe = isStopwordIn(word, "de");
    const inEn = isStopwordIn(word, "en");
    if (inDe && !inEn) de += 1;
    else if (inEn && !inDe) en += 1;
    else if (!inDe && !inEn) {
      const learned = learnedLean(word, index);
      const lean = learned === undefined ? endingLean(word) : learned;
      if (lean === "de") de += 0.5;
      else if (lean === "en") en += 0.5;
    }
  }
  if (Math.abs(de - en) >= SURE_MARGIN) return { language: de > en ? "de" : "en", sure: true };
  const hinted = languageOfLocale(hint);
  if (hinted !== undefined) return { language: hinted, sure: false };
  if (de !== en) return { language: de > en ? "de" : "en", sure: false };
  return { language: "de", sure: false };
}

/**
 * The language whose questions in the knowledge use the word at least three times as often as the
 * other's; "both" when both use it; undefined when the knowledge has never seen it.
 */
function learnedLean(word: string, index: MatchIndex): Language | "both" | undefined {
  const votes = index.languageVotes.get(word);
  if (votes === undefined) return undefined;
  if (votes.de >= 3 * votes.en) return "de";
  if (votes.en >= 3 * votes.de) return "en";
  return "both";
}

function endingLean(word: string): Language | undefined {
  if (word.length < 4) return undefined;
  for (const [pattern, language] of ENDINGS) if (pattern.test(word)) return language;
  return undefined;
}

/** "de", "de-AT" → de; "en-US", "en-GB" → en; anything else says nothing about the question. */
export function languageOfLocale(locale: string | undefined): Language | undefined {
  if (locale === undefined) return undefined;
  const base = locale.toLowerCase().split(/[-_]/)[0];
  return base === "de" ? "de" : base === "en" ? "en" : undefined;
}
