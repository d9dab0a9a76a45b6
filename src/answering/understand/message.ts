/**
 * A Discord message as text to read: mentions, custom and Unicode emoji, links and markdown are
 * set aside (they never carry the question), whitespace is collapsed line by line.
 */
export function cleanMessage(text: string): string {
  return (
    text
      .replace(/<a?:\w+:\d+>/g, " ")
      .replace(/<(?:@[!&]?|#)\d+>/g, " ")
      .replace(/@(?:everyone|here)\b/g, " ")
      // A name typed as a mention ("@Lena was asking me: …") points at a person, never at the question.
      .replace(/(^|[\s(,])@[\p{L}\p{N}_.]{2,32}/gu, "$1 ")
      .replace(/https?:\/\/\S+/g, " ")
      .replace(/\p{Extended_Pictographic}(?:\uFE0F|\u200D\p{Extended_Pictographic})*/gu, " ")
      .replace(/(?:^|\s)(?:[:;=xX]-?[()DPpO/\\|3]+|<3|\^\^|xD+)(?=\s|$)/g, " ")
      .replace(/[*_~`|>]+/g, " ")
      // An aside to the reader, not the question: "(or the bot)", "(sorry)", "(lol)".
      .replace(/\((?:[^()]*\b(?:bot|lol|haha|sorry|sry|jk|xd|lmao)\b[^()]*)\)/gi, " ")
      .split(/\r?\n/)
      .map((line) => line.replace(/[ \t\u00a0]+/g, " ").trim())
      .filter((line) => line.length > 0)
      .join("\n")
  );
}

/** One sentence or clause of a message, with whether it ends in a question mark. */
export interface Segment {
  readonly text: string;
  readonly asks: boolean;
}

/** Abbreviations whose period ends no sentence. */
const ABBREVIATIONS = new Set(
  [
    "z",
    "b",
    "d",
    "h",
    "u",
    "s",
    "a",
    "usw",
    "bzw",
    "ca",
    "etc",
    "vs",
    "dr",
    "mr",
    "mrs",
    "st",
    "nr",
    "bspw",
    "evtl",
    "ggf",
    "inkl",
    "vgl",
  ].concat(["jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "okt", "nov", "dec", "dez", "no", "ref"]),
);

/**
 * Splits a message into sentences: at ? ! … ; and newlines, and at a period that ends a sentence
 * (not "10. Januar", "z.B." or "U.S."). A frame before a colon ("Frage an den Bot: …") is chatter,
 * taken off with the rest of it.
 */
export function splitSentences(message: string): Segment[] {
  const out: Segment[] = [];
  let start = 0;
  const push = (end: number, asks: boolean): void => {
    const text = message.slice(start, end).trim();
    if (/[\p{L}\p{N}]/u.test(text)) out.push({ text, asks });
    else if (asks && out.length > 0) out[out.length - 1] = { ...out[out.length - 1]!, asks: true };
  };
  for (let i = 0; i < message.length; i++) {
    const char = message[i]!;
    if (char === "\n" || char === "!" || char === "…" || char === ";" || isDash(message, i)) {
      push(i, false);
      start = i + 1;
    } else if (char === "?") {
      push(i, true);
      start = i + 1;
    } else if (char === "." && endsSentence(message, i)) {
      push(i, false);
      start = i + 1;
    }
  }
  push(message.length, false);
  return out;
}

/** A dash between spaces joins two clauses ("hab nur die Headline gelesen – was hat Putin gefordert?"). */
function isDash(text: string, at: number): boolean {
  const char = text[at];
  return (char === "–" || char === "—" || char === "-") && text[at - 1] === " " && text[at + 1] === " ";
}

function endsSentence(text: string, at: number): boolean {
  const before = /(\S+)$/.exec(text.slice(0, at))?.[1] ?? "";
  const after = text.slice(at + 1);
  if (after.length > 0 && !/^\s/.test(after)) return false;
  // "10. Januar", "am 14. mit Russland": a number with a period is an ordinal or a date.
  if (/^\d{1,2}(?:\.\d{1,2})?$/.test(before)) return false;
  if (ABBREVIATIONS.has(before.toLowerCase().replace(/\./g, "")) || /^(?:\p{L}\.)+\p{L}?$/u.test(before)) return false;
  return true;
}
