import { words } from "../text/normalize.js";

export type SmalltalkKind = "greeting" | "thanks" | "help" | "goodbye";

/** Words that start small talk; a message is small talk when one of these leads it. */
const TRIGGERS: Readonly<Record<SmalltalkKind, readonly string[]>> = {
  greeting: [
    "hi",
    "hallo",
    "hello",
    "hey",
    "heya",
    "hiya",
    "moin",
    "servus",
    "gruezi",
    "gruss",
    "howdy",
    "yo",
    "sup",
    "guten",
    "good",
    "morning",
    "abend",
    "evening",
    "na",
  ],
  thanks: [
    "danke",
    "dankeschon",
    "dank",
    "thanks",
    "thank",
    "thx",
    "ty",
    "merci",
    "cheers",
    "super",
    "cool",
    "nice",
    "great",
    "toll",
    "perfekt",
    "ok",
    "okay",
  ],
  help: ["help", "hilfe", "commands", "befehle", "hilfe"],
  goodbye: ["bye", "goodbye", "tschuss", "ciao", "cu", "wiedersehen", "later"],
};

/** Words that may accompany small talk without making it a question about the article. */
const FILLER = new Set([
  "bot",
  "du",
  "dir",
  "you",
  "u",
  "there",
  "all",
  "alle",
  "leute",
  "folks",
  "tag",
  "morgen",
  "gott",
  "a",
  "lot",
  "so",
  "much",
  "vielen",
  "viel",
  "sehr",
  "very",
  "wie",
  "gehts",
  "geht",
  "es",
  "how",
  "are",
  "r",
  "is",
  "it",
  "going",
  "doing",
  "me",
  "mir",
  "bitte",
  "please",
  "auf",
  "bis",
  "dann",
  "spater",
  "see",
  "ya",
  "again",
  "for",
  "the",
  "info",
  "answer",
  "antwort",
  "schon",
  "mal",
  "man",
  "ich",
  "brauche",
  "need",
  "i",
  "want",
  "my",
  "friend",
  "and",
  "und",
  "oh",
  "ah",
  "hm",
  "hmm",
  "lol",
  "prima",
]);

const KIND_OF = new Map<string, SmalltalkKind>();
for (const [kind, list] of Object.entries(TRIGGERS) as [SmalltalkKind, readonly string[]][]) {
  for (const word of list) if (!KIND_OF.has(word)) KIND_OF.set(word, kind);
}

/** Greetings, thanks, "help" and goodbyes: answered with a pointer, not from the knowledge. */
export function smalltalkKind(question: string): SmalltalkKind | undefined {
  const list = words(question);
  if (list.length === 0 || list.length > 8) return undefined;
  let kind: SmalltalkKind | undefined;
  for (const word of list) {
    const found = KIND_OF.get(word);
    if (found !== undefined) {
      kind ??= found;
      if (found === "help") kind = "help";
    } else if (!FILLER.has(word)) return undefined;
  }
  return kind;
}
