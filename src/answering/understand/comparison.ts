/** Two things asked about together: which comes first, or how they differ. */
export interface Comparison {
  readonly kind: "order" | "difference";
  readonly first: string;
  readonly second: string;
}

const EARLIER =
  "earlier|first|sooner|before|later|last|after|fr(?:ü|ue|u)her|zuerst|eher|als erstes|sp(?:ä|ae|a)ter|zuletzt|vorher|danach";

const ORDER: readonly RegExp[] = [
  // "which one is earlier: nato talks or osce talks", "welches treffen ist zuerst, nato oder osze"
  new RegExp(
    `^(?:which|what|welche[srnm]?|was|wer)(?:\\s+(?:one|of (?:them|the two)|meeting|talks?|event|date|termin|treffen|gespr(?:ä|ae|a)ch(?:e)?|von beiden|davon))?\\s+(?:is|comes|happens|takes place|was|will be|ist|kommt|findet|war|sind|will)?\\s*(?:${EARLIER})\\b(?:\\s+(?:statt|dran|zuerst))?\\s*[:,-]?\\s*(?:the\\s+|das\\s+|die\\s+|der\\s+)?(.+?)\\s+(?:or|oder)\\s+(?:the\\s+|das\\s+|die\\s+|der\\s+)?(.+)$`,
  ),
  // "nato or osce, which comes first", "nato oder osze – was ist früher"
  new RegExp(
    `^(?:the\\s+|das\\s+|die\\s+)?(.+?)\\s+(?:or|oder)\\s+(?:the\\s+|das\\s+|die\\s+)?(.+?)\\s*[:,-]+\\s*(?:which|what|welche[srnm]?|was|wer)\\b.*\\b(?:${EARLIER})\\b.*$`,
  ),
  // "is the nato meeting before the osce one", "kommt das nato treffen vor dem osze treffen"
  /^(?:is|does|do|will|ist|kommt|findet)\s+(?:the\s+|das\s+|die\s+)?(.+?)\s+(?:come\s+|take place\s+|happen\s+|statt\s+)?(?:before|after|earlier than|later than|vor|nach|fr(?:ü|ue|u)her als|sp(?:ä|ae|a)ter als)(?:\s+(?:or|oder)\s+(?:before|after|vor|nach))?\s+(?:the\s+|dem\s+|der\s+|den\s+)?(.+?)(?:\s+statt)?$/,
  // "do the nato and osce meetings happen on the same day", "finden das nato- und das osze-treffen am selben tag statt"
  /^(?:do|does|are|is|will|finden|sind|ist|liegen)\s+(?:the\s+|das\s+|die\s+|der\s+)?(.+?)\s+(?:and|und)\s+(?:the\s+|das\s+|die\s+|der\s+)?(.+?)\s+(?:(?:happen|take place|fall|be held|held)\s+)?(?:on the same (?:day|date)|am (?:selben|gleichen) (?:tag|datum)|(?:at )?the same time|gleichzeitig|zur gleichen zeit)(?:\s+statt(?:finden)?)?$/,
];

const MAX_SIDE_WORDS = 5;

const DIFFERENCE =
  /^(?:what(?:'s| is)? the )?(?:difference|diffrence|differnce|diference|unterschied|unterscheid|diff)(?:\s+(?:in|of|im|in den|bei den)\s+[\p{L}-]+)?\s+(?:between|zwischen)\s+(?:the\s+|dem\s+|der\s+)?(.+?)\s+(?:and|und)\s+(?:the\s+|dem\s+|der\s+)?(.+)$/u;

/** The comparison a sentence asks for, with its two sides as written, or undefined. */
export function comparisonOf(sentence: string): Comparison | undefined {
  const text = sentence
    .trim()
    .replace(/[?!.]+$/, "")
    .trim();
  const lower = text.toLowerCase();
  const difference = DIFFERENCE.exec(lower.replace(/^(?:was ist der |wo ist der |what is the |whats the )/, ""));
  if (difference !== null) return side("difference", difference[1]!, difference[2]!);
  for (const pattern of ORDER) {
    const match = pattern.exec(lower);
    if (match !== null) return side("order", match[1]!, match[2]!);
  }
  return undefined;
}

/** The noun that names both sides when only the second says it: "the Jan 12 and the Jan 13 meeting". */
const SHARED_NOUN = /\s(meetings?|talks|summit|session|treffen|gespr(?:ä|ae|a)che?|gipfel|sitzung)$/;

function side(kind: Comparison["kind"], first: string, second: string): Comparison | undefined {
  const b = second.trim();
  const noun = SHARED_NOUN.exec(b)?.[1];
  const a = noun !== undefined && !SHARED_NOUN.test(first.trim()) ? `${first.trim()} ${noun}` : first.trim();
  // Both sides must name something: "a or b" of single letters is no comparison of the article's events.
  if (!/[\p{L}\p{N}]{2,}/u.test(a) || !/[\p{L}\p{N}]{2,}/u.test(b)) return undefined;
  // Events are named in a few words; "is the alliance united on what consequences russia would face if it goes after ukraine" is no comparison.
  if (a.split(/\s+/).length > MAX_SIDE_WORDS || b.split(/\s+/).length > MAX_SIDE_WORDS) return undefined;
  return { kind, first: a, second: b };
}
