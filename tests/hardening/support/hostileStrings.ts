import fc from "fast-check";

/** Pieces people use to break bots: pings, markdown, links, controls, bidi, joiners, broken UTF-16. */
export const HOSTILE_PIECES = [
  "@everyone",
  "@here",
  "@\u200beveryone",
  "<@&123456789012345678>",
  "<@123456789012345678>",
  "<@!123456789012345678>",
  "<#123456789012345678>",
  "</ask:123456789012345678>",
  "https://evil.example/x?a=@everyone",
  "[click me](https://evil.example)",
  "<https://evil.example>",
  "discord.gg/invite",
  "```js\nalert(1)\n```",
  "```",
  "`",
  "**bold**",
  "__under__",
  "~~strike~~",
  "||spoiler||",
  "> quote",
  "# heading",
  "-# subtext",
  "- item",
  "1. item",
  "\\",
  '"',
  "'",
  "\u0000",
  "\u0007",
  "\u001b[31m",
  "\u007f",
  "\u0085",
  "\r",
  "\r\n",
  "\n",
  "\t",
  "\u2028",
  "\u2029",
  "\u200b",
  "\u200d",
  "\u200e",
  "\u200f",
  "\u202e",
  "\u2066",
  "\ufeff",
  "\ufffd",
  "\ud800",
  "\udfff",
  "\udbff\udfff",
  "👨‍👩‍👧‍👦",
  "🇩🇪",
  "e\u0301",
  "Ｗａｎｎ",
  "ß",
  "İ",
  "ﷺ",
  "𝔘𝔨𝔯𝔞𝔦𝔫𝔢",
  "${process.exit()}",
  "%s%n%d",
  "'; DROP TABLE questions; --",
  "../../etc/passwd",
  "__proto__",
  // Words of the knowledge, so the matcher's deeper paths (typos, ranking, ambiguity) are reached too.
  "Wann",
  "NATO",
  "Ukraine",
  "Genf",
  "Putin",
  "OSZE",
  "10. Januar",
  "13.1.",
  "when",
  "talks",
  "Sanktionen",
  "Gespraeche",
  "hilfe",
  "help",
  "?",
] as const;

/** Any UTF-16 code unit, lone surrogates included (what a JavaScript string can hold, not only valid text). */
const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((unit) => String.fromCharCode(unit));

/** Hostile pieces and random text, glued together or spaced apart. */
export const hostileText = fc
  .array(
    fc.oneof(
      { weight: 3, arbitrary: fc.constantFrom(...HOSTILE_PIECES) },
      { weight: 1, arbitrary: fc.string({ unit: codeUnit, maxLength: 8 }) },
      { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 8 }) },
    ),
    { maxLength: 40 },
  )
  .chain((pieces) => fc.constantFrom("", " ", "\n").map((glue) => pieces.join(glue)));

/** Up to 100,000 characters: a hostile text repeated (or cut) to a random length. */
export const longText = fc.tuple(hostileText, fc.integer({ min: 0, max: 100_000 })).map(([text, length]) => {
  const unit = text.length > 0 ? text : "@everyone ";
  return unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
});

/** Any string a person (or a forged request) could send. */
export const anyText = fc.oneof(
  { weight: 4, arbitrary: hostileText },
  { weight: 2, arbitrary: fc.string({ unit: codeUnit, maxLength: 600 }) },
  { weight: 2, arbitrary: fc.string({ unit: "binary", maxLength: 600 }) },
  { weight: 1, arbitrary: longText },
);

/** Fixed cases every test also tries: the edges the generators reach only by chance. */
export const FIXED_CASES: readonly string[] = [
  "",
  " ",
  "\u0000",
  "\u0000".repeat(100_000),
  "a".repeat(100_000),
  "@everyone ".repeat(10_000),
  `${" ".repeat(99_990)}Wann Genf?`,
  "x".repeat(500),
  "x".repeat(501),
  "😀".repeat(500),
  "\ud800".repeat(600),
  "@everyone @here <@&123456789012345678> <@123456789012345678> <#123456789012345678>",
  "Wann sind die Gespräche in Genf? @everyone",
  "When are the talks? <@&123456789012345678> https://evil.example",
  "```\n@everyone\n```",
  "\u202eWann\u202c Genf",
  "Wann\u200dGenf\u200b?",
  "> @everyone\n# ping\n[x](https://evil.example)",
  "Ukraine NATO Putin OSZE Genf Januar talks Sanktionen ".repeat(9),
  "hilfe",
  "\r\n\r\n",
];

/** Matches any text that could ping or link a mention if the message were sent without `allowedMentions`. */
export const MENTION_SYNTAX = /@(everyone|here)|<[@#][!&]?\d|<\/\w/i;

/** A lone surrogate: not encodable in UTF-8, so Discord cannot take it. */
export const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Controls that have no place in a message: C0/C1 (but tab and newline) and the bidi overrides and isolates. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
export const INVISIBLE_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
