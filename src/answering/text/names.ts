/**
 * "Wie heißt der Sprecher?", "what's the name of the official", "what's the nsc spokesperson's
 * name": the question wants the name itself. Not "was he named?" or "did he give his name?", which
 * ask whether it is given and are answered by saying it is not.
 */
const ASKS_NAME = new RegExp(
  [
    /\bwie\s+(?:hei(?:ß|ss|s)t|hei(?:ß|ss|s)en|hie(?:ß|ss)|(?:lautet|ist|war)\s+(?:der|sein|ihr|deren)\s+name)\b/.source,
    /\bwelchen\s+namen\b/.source,
    /\bwhat(?:['’]?s|\s+is|\s+are|\s+was|\s+were)?\s+(?:the\s+|his\s+|her\s+|their\s+|its\s+)?names?\b/.source,
    /\bwhat(?:['’]?s|\s+is|\s+was)?\s+(?:the\s+)?(?:[\w-]+\s+){0,4}?[\w-]+['’]s\s+names?\b/.source,
  ].join("|"),
  "i",
);

export function asksForName(text: string): boolean {
  return ASKS_NAME.test(text);
}
