import { stemmer as stemDe } from "@orama/stemmers/german";
import { stemmer as stemEn } from "@orama/stemmers/english";
import { deu, eng } from "stopword";
import type { Language } from "../../knowledge/types.js";

const ASCII = /^[\x20-\x7e\t\n\r]*$/;
const GERMAN = /^[\x20-\x7e\t\n\räöüÄÖÜß]*$/;
const UMLAUT = /[äöüß]/g;
const FOLDED: Readonly<Record<string, string>> = { ä: "a", ö: "o", ü: "u", ß: "ss" };

/**
 * Question words carry meaning that stop-word lists throw away ("wann" vs "wer"), so they become
 * language-neutral intent terms before stop words are removed.
 */
const QUESTION_WORDS: Readonly<Record<string, string>> = {
  wann: "?when",
  when: "?when",
  wer: "?who",
  wem: "?who",
  wen: "?who",
  who: "?who",
  whom: "?who",
  wo: "?where",
  wohin: "?where",
  where: "?where",
  warum: "?why",
  wieso: "?why",
  weshalb: "?why",
  why: "?why",
};

/** Multi-word question forms that ask for one kind of answer: a number, a duration, an age. */
const QUESTION_PHRASES: readonly (readonly [RegExp, string])[] = [
  // The hour of a meeting: the article dates the meetings, it never gives a time of day.
  [/\b(?:(?:at )?what time|what hour|um wie ?viel uhr|wie ?viel uhr|(?:welche[rn]? )?uhrzeit)\b/g, " ?clock "],
  // "whats on the agenda when washington and moscow sit down": "when" after a question word joins a clause, it asks nothing.
  // The look back comes after "when": placed first it would scan back from every character of the text.
  [/when\b(?<=\b(?:what|whats|who|whos|why|how|which|where)\b.*\swhen)/g, " "],
  // Not "how much of Crimea": a share of something, which the answer names ("part of").
  [/\b(?:wie ?viele?(?! von\b)|how many|how much(?! of\b)|wieviel(?! von\b))\b/g, " ?count "],
  [/\b(?:wie lange?|how long)\b/g, " ?duration "],
  [/\b(?:wie alt|how old)\b/g, " ?age "],
  [/\b(?:an welchem tag|welche[nmrs]? (?:tag|datum)|what day|which day|what date|which date|wann genau)\b/g, " ?when "],
  [/\b(?:seit wann|since when|(?:in )?welche[nms]? jahr|(?:in )?what year|which year|how long ago)\b/g, " ?when "],
  [/\b(?:(?:in )?welche[nmrs]? monat|(?:in )?what month|which month)\b/g, " ?when "],
  [
    /\b(?:in welche[rnm]? (?:stadt|ort|land)|an welche[nm] ort|what (?:city|place|venue|location)|which (?:city|place|venue|location))\b/g,
    " ?where ",
  ],
  // The whole of something where the article gives a part ("the army in total", "die gesamte Armee").
  // Not "what's the deal with crimea in all this": the whole story, not a whole of something.
  [
    /\b(?:insgesamt|in total|in all(?! (?:of )?(?:this|that|these|those)\b)|overall|altogether|total|entire|gesamte[nmrs]?|gesamt)\b/g,
    " ?total ",
  ],
  // The kind of a thing ("was für Sanktionen", "what kind of force"): a category the answer may give though it lists no particulars.
  [
    /\b(?:was fur|was fuer|what kinds? of|what types? of|what sorts? of|welche art|welcher art|which kinds? of|which types? of)\b/g,
    " ?kind $& ",
  ],
  // A finer detail than a text gives ("welche Verträge genau", "what exactly"), more of a list than it names ("other demands"),
  // and how someone reacted: kinds of question the article often cannot answer about things it does mention.
  [
    /\b(?:genaue?[nmrs]?|exact|exactly|precise|precisely|specifically|specific|konkrete?[nmrs]?|exakte?[nmrs]?|im detail|in detail|detailliert)\b/g,
    " ?exact ",
  ],
  // "the number of troops", "die Zahl der Soldaten": how many, asked with a noun.
  [/\b(?:number of|numbers of|anzahl(?: der| an)?|zahl der|zahl an)\b/g, " ?count $& "],
  // How far one place is from another: the article gives no distances.
  [/\b(?:wie weit (?=(?:\S+ ){0,6}?(?:weg|entfernt)\b)|how far (?:away|from|is|are))\b/g, " ?distance $& "],
  [
    /\b(?:andere[nmrs]?|sonstige[nmrs]?|besides|other|others|else|apart from|aside from|au(?:ss|ß)erdem noch|au(?:ss|ß)er(?! acht\b))\b/g,
    " ?other $& ",
  ],
  [
    /\b(?:reagiert(?:e|en)?|reaktion(?:en)?|(?:ge)?antwortet(?:e|en)?|reacted|reaction|reactions|react|responded|response|respond|responds)\b/g,
    " ?reaction $& ",
  ],
  // The bot's own view or a guess at what comes next: the article reports, it does not judge or predict.
  [
    /\b(?:was (?:meinst|denkst|glaubst|sagst) du(?: dazu)?|was (?:haltst|haeltst) du|was (?:meint|denkt|glaubt|sagt) ihr(?: dazu)?|(?:meinst|glaubst|denkst) du|(?:meint|glaubt|denkt) ihr|deine meinung|eure meinung|what do (?:you|u|ya|y'?all)(?: guys| all| people| folks)? think|predictions?|prognosen?|what d'?(?:you|ya) think|do (?:you|u|ya) think|do (?:you|u) reckon|your (?:personal |own )?(?:opinion|take|view|guess)|in your (?:personal |own )?(?:opinion|view)|wdyt)\b/g,
    " ?opinion ",
  ],
  // The author's own view: the article reports what others said and gives none of its own.
  [
    /\b(?:was (?:hält|haelt|halt|denkt|meint|glaubt) (?:der|die) (?:autor(?:in)?|verfasser(?:in)?|journalist(?:in)?)|wie (?:findet|sieht|bewertet) (?:der|die) (?:autor(?:in)?|verfasser(?:in)?|journalist(?:in)?)|what does the (?:author|writer|journalist|reporter) (?:think|believe|feel)|the (?:author|writer|journalist)'?s (?:opinion|view|take))\b/g,
    " ?opinion ",
  ],
  // Who leads or represents a side: asked of one meeting, not answered by another's entry.
  [
    /\b(?:who|wer)\s(?=(?:\S+\s){0,4}?(?:lead|leads|leading|heads|heading|represent|represents|representing|f(?:ü|ue|u)hrt|leitet|leiten|vertritt|anf(?:ü|ue|u)hrt)\b)/g,
    " ?lead $& ",
  ],
  // What came of something: the article reports talks before they happen, never their outcome.
  // Marked, not replaced: the words in between say what came out ("kam beim OSZE-Treffen raus").
  [
    /\b(?:was\s(?:\S+\s){0,3}?(?:kam|kommt)|(?:kam|kommt)\s(?:da\s|dabei\s)?(?:was|etwas))\b(?:\s\S+){0,8}?\s(?:raus|heraus)\b/g,
    " ?outcome $& ",
  ],
  // "how did the nato meeting go", "wie ist das Treffen gelaufen", "wie lief es"
  [
    /\b(?:how did\s(?:\S+\s){0,8}?(?:go|turn out|end up|end)|wie (?:lief|liefen|verlief|verliefen)|wie (?:ist|sind)\s(?:\S+\s){0,6}?(?:gelaufen|ausgegangen|verlaufen))\b/g,
    " ?outcome $& ",
  ],
  [
    /\b(?:rausgekommen|herausgekommen|ergebnis(?:se)?|resultat(?:e)?|what came out|outcomes?|results?|who won|winners?|gewonnen|sieger|beschlossen|vereinbart|entschieden|decided|did (?:\S+ ){1,6}?decide|agreed on|am ende|in the end|end(?:ed)? up|eventually|letztendlich|schlie(?:ss|s)lich|ultimately|since then|seitdem|seither)\b/g,
    " ?outcome ",
  ],
  // What happened once the talks were held, or what they achieved: the article was written before them.
  [
    /\b(?:(?:nach|after) (?:den|dem|the) (?:gesprachen|treffen|verhandlungen|talks|meetings?|negotiations)\s(?:\S+\s){0,6}?(?:angegriffen|einmarschiert|passiert|geschehen|attacked|invaded|happened)|(?:did|has|have)\s(?:\S+\s){0,8}?(?:achieve|accomplish)|(?:hat|haben)\s(?:\S+\s){0,8}?(?:erreicht|gebracht))\b/g,
    " ?outcome $& ",
  ],
];

/** Chat spellings whose parts carry meaning ("whens" is "when is"). */
const CONTRACTIONS: Readonly<Record<string, string>> = {
  whens: "when",
  whos: "who",
  wheres: "where",
  whys: "why",
  whats: "what",
  // Transposed letters in the one word that says what kind of answer is wanted.
  whne: "when",
  wehn: "when",
  wat: "what",
  // "im osten vonner ukraine": "von der", spoken.
  vonner: "von der",
  // "w/ crimea": the slash is gone by the time words are read.
  w: "with",
  prez: "president",
  // "was fürn Gebiet": "für ein", folded.
  furn: "fur ein",
  fuern: "fuer ein",
  hows: "how",
  isnt: "is not",
  arent: "are not",
  wont: "will not",
  dont: "do not",
  doesnt: "does not",
  didnt: "did not",
  wasnt: "was not",
  werent: "were not",
  hasnt: "has not",
  havent: "have not",
  hadnt: "had not",
  wouldnt: "would not",
  couldnt: "could not",
  shouldnt: "should not",
  gehts: "geht es",
  gibts: "gibt es",
  wies: "wie es",
  wos: "wo es",
  kinda: "kind of",
  sorta: "sort of",
  gonna: "going to",
  wanna: "want to",
  gotta: "got to",
  r: "are",
  ur: "your",
  ppl: "people",
  abt: "about",
  solln: "sollen",
  // "was geht da grad ab": "gerade", spoken.
  grad: "gerade",
  // "das die ukraine nich vergessen wird": the t dropped, spoken.
  nich: "nicht",
  // "wiviele treffen stehn an": a letter dropped, as typed on a phone.
  wiviel: "wie viel",
  wiviele: "wie viele",
  stehn: "stehen",
  gehn: "gehen",
  // "which org hosts it": the short form of the word the OSZE's name holds.
  org: "organisation",
  orga: "organisation",
};

/** Filler that strangers add to questions and that no fact depends on. */
const EXTRA_STOPWORDS: Readonly<Record<Language, readonly string[]>> = {
  de: [
    "eigentlich",
    "ausschließlich",
    "lediglich",
    "bloß",
    "genau",
    "bitte",
    "mal",
    "denn",
    "eig",
    "nochmal",
    "überhaupt",
    "bzw",
    "gegenüber",
    "bezüglich",
    "hinsichtlich",
    "betreffend",
    "irgendwie",
    "ungefähr",
    "etwa",
    "jemand",
    "irgendwer",
    "irgendwas",
    "welcher",
    "welches",
    "welchen",
    "welchem",
    // "is am 12. auch was?": "ist" typed fast.
    "is",
    // A preposition run together with its article ("fürs NATO-Treffen"), as "zum" and "beim" are.
    "fürs",
    "übers",
    "ums",
    "aufs",
    "ans",
    "durchs",
    "vors",
    "unters",
    "vorm",
    "aufm",
  ],
  en: [
    "solely",
    "exclusively",
    "purely",
    "please",
    // "when was that summit again": the German "nochmal", no part of the question.
    "again",
    "exactly",
    "actually",
    "really",
    "does",
    "did",
    "do",
    "tell",
    "know",
    "s",
    "t",
    "pls",
    "plz",
    "anyway",
    "bruh",
    "basically",
    "literally",
    "tho",
    "though",
    "lowkey",
    "u",
    "toward",
    "towards",
    "against",
    "without",
    "within",
    "upon",
    "via",
    "per",
    "onto",
    "among",
    "across",
    "around",
    "behind",
    "beyond",
    "during",
    "near",
    "off",
    "regarding",
    "concerning",
    "toward",
    "whether",
    "anything",
    "something",
    "someone",
    "anyone",
    "everything",
    "either",
    "neither",
    "yet",
    "just",
    "even",
    "ever",
    "also",
    "then",
    "there",
    "here",
    "been",
  ],
};

/**
 * Verbs that hold a question together without saying what it is about ("was steht an",
 * "what happens"): kept, but weighed lightly.
 */
const LIGHT_WORDS = new Set(
  [
    "gemeint",
    "meint",
    "meant",
    "mean",
    "means",
    "stehen",
    "steht",
    "stand",
    "stehe",
    "geben",
    "gibt",
    "gab",
    "machen",
    "macht",
    "gemacht",
    "passiert",
    "passieren",
    "geschehen",
    "geschieht",
    "kommen",
    "kommt",
    "gehen",
    "geht",
    "sein",
    "sind",
    "haben",
    "hat",
    "werden",
    "wird",
    "los",
    "finden",
    "findet",
    "statt",
    "tun",
    "happen",
    "happens",
    "happening",
    "happened",
    "make",
    "makes",
    "made",
    "go",
    "goes",
    "going",
    "get",
    "gets",
    "got",
    "come",
    "comes",
    "take",
    "takes",
    "taking",
    "stand",
    "stands",
    "will",
    "would",
    "can",
    "could",
    "should",
    "may",
    "might",
    "thing",
    "things",
    "sache",
    "sachen",
    "ding",
    "dinge",
    "people",
    "leute",
    "rolle",
    "role",
    "spielt",
    "spielen",
    "spielte",
    "play",
    "plays",
    "played",
  ].map(foldWord),
);

/** Whether a word is a light verb or filler noun that weighs little in a question. */
export function isLightWord(word: string): boolean {
  return LIGHT_WORDS.has(word);
}

/** Words the stock lists drop that tell facts apart here ("das erste Treffen", "ohne die Ukraine"). */
const KEEP = new Set([
  "erste",
  "erster",
  "ersten",
  "zweite",
  "zweiten",
  "dritte",
  "dritten",
  "neue",
  "neuen",
  "neu",
  "jahr",
  "jahre",
  "jahren",
  "teil",
  "ende",
  "zeit",
  "tag",
  "tage",
  "tagen",
  "gross",
  "lange",
  "lang",
  "ohne",
  "without",
  "gegen",
  "against",
  "zwei",
  "drei",
]);

/**
 * A German word as people type it without umlauts: "für" is "fur" when folded and "fuer" typed out;
 * both spellings are the same stop word.
 */
function foldedSpellings(word: string): string[] {
  const typedOut = word.toLowerCase().replace(/ä/g, "ae").replace(/ö/g, "oe").replace(/ü/g, "ue").replace(/ß/g, "ss");
  return [foldWord(word), foldWord(typedOut)];
}

const STOPWORDS: Readonly<Record<Language, ReadonlySet<string>>> = {
  de: new Set([...deu, ...EXTRA_STOPWORDS.de].flatMap(foldedSpellings).filter((word) => !KEEP.has(word))),
  en: new Set([...eng, ...EXTRA_STOPWORDS.en].map(foldWord).filter((word) => !KEEP.has(word))),
};

/** Lower-case, NFKC, umlauts and ß folded, so "Gespräche" and "Gesprache" meet. */
export function foldWord(word: string): string {
  // Plain ASCII and German's own letters (most texts) have nothing to compose or strip.
  if (ASCII.test(word)) return word.toLowerCase();
  if (GERMAN.test(word)) return word.toLowerCase().replace(UMLAUT, (letter) => FOLDED[letter]!);
  return word
    .normalize("NFKC")
    .toLowerCase()
    .replace(/ä/g, "a")
    .replace(/ö/g, "o")
    .replace(/ü/g, "u")
    .replace(/ß/g, "ss")
    .normalize("NFD")
    .replace(/\p{M}/gu, "");
}

/**
 * Splits text into folded words: letters and digits only; "10." and "10th" become "10",
 * hyphenated compounds ("NATO-Russland-Rat") their parts.
 */
const MONTHS = [
  "januar",
  "februar",
  "marz",
  "april",
  "mai",
  "juni",
  "juli",
  "august",
  "september",
  "oktober",
  "november",
  "dezember",
];

/** "13.1." is how Germans write 13 January: spell the month so it meets "13. Januar". */
function spellNumericDates(text: string): string {
  if (!/\d\./.test(text)) return text;
  return text.replace(/\b(\d{1,2})\.(\d{1,2})\.(?!\d)/g, (match, day: string, month: string) => {
    const name = MONTHS[Number(month) - 1];
    return name === undefined ? match : `${day}. ${name} `;
  });
}

const wordsCache = new Map<string, readonly string[]>();
const WORDS_CACHE_LIMIT = 50_000;

/**
 * Reading a text into words is most of an index build, and every stage and model reads the same
 * phrasings again: the readings of up to WORDS_CACHE_LIMIT texts are kept (a reading depends on the
 * text alone, so it is never stale).
 */
export function words(text: string): string[] {
  let found = wordsCache.get(text);
  if (found === undefined) {
    if (wordsCache.size >= WORDS_CACHE_LIMIT) wordsCache.clear();
    found = readWords(text);
    // Short texts only: a 100 kB paste is read once and not kept.
    if (text.length <= 1000) wordsCache.set(text, found);
  }
  return [...found];
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

function readWords(text: string): string[] {
  let folded = spellNumericDates(foldWord(text));
  if (/['’]/.test(folded)) folded = folded.replace(/(\p{L})['’](\p{L})/gu, "$1$2");
  // Runs of letters and digits, found by hand: a scan of char codes is a fifth of what matchAll costs,
  // and this is most of an index build.
  const out: string[] = [];
  let start = -1;
  for (let at = 0; at <= folded.length;) {
    let width = 1;
    let inWord = false;
    if (at < folded.length) {
      const code = folded.charCodeAt(at);
      if (code < 128) inWord = (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || (code >= 65 && code <= 90);
      else {
        const point = folded.codePointAt(at)!;
        if (point > 0xffff) width = 2;
        inWord = LETTER_OR_NUMBER.test(String.fromCodePoint(point));
      }
    }
    if (inWord) {
      if (start < 0) start = at;
    } else if (start >= 0) {
      pushWord(out, folded.slice(start, at));
      start = -1;
    }
    at += width;
  }
  return out;
}

const LETTER_OR_NUMBER = /^[\p{L}\p{N}]$/u;

function pushWord(out: string[], part: string): void {
  const word = isDigit(part.charCodeAt(0)) ? part.replace(/^(\d+)(st|nd|rd|th|ten)$/u, "$1") : part;
  const expanded = Object.hasOwn(CONTRACTIONS, word) ? CONTRACTIONS[word] : undefined;
  if (expanded === undefined) out.push(word);
  else out.push(...expanded.split(" "));
}

/**
 * Any of QUESTION_PHRASES, in one pattern: nine texts in ten have none, and one search for all of
 * them costs what one of the replacements costs (they were two thirds of an index build).
 */
const ANY_QUESTION_PHRASE = new RegExp(QUESTION_PHRASES.map(([pattern]) => `(?:${pattern.source})`).join("|"));

/** Words with the multi-word question forms turned into intents (kept as "?count" etc.). */
function wordsWithIntents(text: string): string[] {
  const plain = words(text);
  let joined = ` ${plain.join(" ")} `;
  if (!ANY_QUESTION_PHRASE.test(joined)) return plain;
  // An intent already placed ("?outcome") is never read again as the word it names.
  for (const [pattern, intent] of QUESTION_PHRASES)
    joined = joined.replace(pattern, (match, ...rest) => {
      const at = rest.find((value) => typeof value === "number") as number;
      return joined[at - 1] === "?" ? match : intent.replace("$&", match);
    });
  return joined.split(" ").filter((word) => word.length > 0);
}

export function isStopword(word: string, language: Language | "any"): boolean {
  if (language === "any") return STOPWORDS.de.has(word) && STOPWORDS.en.has(word);
  return STOPWORDS[language].has(word);
}

export function isStopwordIn(word: string, language: Language): boolean {
  return STOPWORDS[language].has(word);
}

const stemCache = new Map<string, string>();

/**
 * One stem per word whatever its language: the shorter of the German and English stems, so a
 * German word asked in an English sentence ("OSZE", "Krim") meets the same term in the index.
 */
export function stem(word: string): string {
  const cached = stemCache.get(word);
  if (cached !== undefined) return cached;
  let result = word;
  if (!/^\d+$/.test(word) && word.length > 3) {
    const de = stemDe(word);
    const en = stemEn(word);
    result = de.length <= en.length ? de : en;
    if (result.length < 3) result = word;
  }
  if (stemCache.size > 50_000) stemCache.clear();
  stemCache.set(word, result);
  return result;
}

/** Both languages' stems of a word: the index knows a word by either (see MatchIndex.aliases). */
export function stemsOf(word: string): readonly string[] {
  if (/^\d+$/.test(word) || word.length <= 3) return [word];
  return [stemDe(word), stemEn(word)];
}

export interface Token {
  /** The folded surface word, for typo matching. */
  readonly word: string;
  /** The term the index uses: a stem, or an intent such as "?when". */
  readonly term: string;
}

/** Words to tokens: question words become intents, stop words of `language` go. */
export function tokenize(text: string, language: Language | "any"): Token[] {
  const out: Token[] = [];
  const all = wordsWithIntents(text);
  for (const [k, word] of all.entries()) {
    const intent = word.startsWith("?") ? word : Object.hasOwn(QUESTION_WORDS, word) ? QUESTION_WORDS[word] : undefined;
    if (intent !== undefined) {
      // A relative "wo"/"where" is a function word like any other.
      if (!isRelative(word, all[k - 1])) out.push({ word, term: intent });
      continue;
    }
    if (language === "any" ? isStopword(word, "any") : isStopword(word, language)) continue;
    out.push({ word, term: stem(word) });
  }
  return out;
}

/** Words that may stand before a question word that asks ("und wo …", "ok so where …"). */
const BEFORE_QUESTION_WORD = new Set(
  [
    "und",
    "and",
    "aber",
    "but",
    "also",
    "so",
    "ok",
    "okay",
    "na",
    "genau",
    "exactly",
    "oder",
    "or",
    "sonst",
    "then",
    "dann",
  ].concat([
    "btw",
    "ey",
    "yo",
    "hey",
    "bot",
    "nochmal",
    "again",
    "ja",
    "yes",
    "doch",
    "eigentlich",
    "actually",
    "denn",
    "nur",
    "just",
  ]),
);

/**
 * "wo"/"where" after a noun joins a clause ("das Gremium, wo sie sich treffen", "the forum where
 * they meet") and asks for no place: it is a question word only first, or after a word such as "und".
 */
function isRelative(word: string, before: string | undefined): boolean {
  if (word !== "wo" && word !== "where") return false;
  return before !== undefined && !before.startsWith("?") && !BEFORE_QUESTION_WORD.has(before);
}

/** The words whose letters the learned ranker reads: all but the function words of both languages. */
export function contentWords(text: string): string[] {
  return tokenize(text, "any").map((token) => token.word);
}
