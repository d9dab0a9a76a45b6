import { detailsIn } from "../text/dates.js";

/**
 * A statement the asker wants confirmed: "X, correct?", "stimmt es, dass X?", "is it true that X",
 * "X – seh ich das richtig?". Returns X, or undefined for an ordinary question.
 */
export function claimOf(sentence: string): string | undefined {
  const text = sentence.trim();
  const lower = text.toLowerCase();
  // Both ends may say it: "ich hab aufgeschrieben 'X' – stimmt das?".
  const start = LEADING.map((pattern) => pattern.exec(lower)).find((match) => match !== null)?.[0].length ?? 0;
  const end = TRAILING.map((pattern) => pattern.exec(lower)).find((match) => match !== null && match.index > start)?.index;
  if (start === 0 && end === undefined) return undefined;
  return withoutArticleFrame(text.slice(start, end).trim());
}

/** "The article says exactly 100,000 troops were sent": the claim is what it is said to say. */
function withoutArticleFrame(claim: string): string | undefined {
  const framed = ARTICLE_FRAME.exec(claim.toLowerCase());
  const rest = framed === null ? claim : claim.slice(framed[0].length).trim();
  return rest || claim || undefined;
}

const ARTICLE_FRAME =
  /^(?:(?:the|this) (?:article|text|report)|it) (?:says|said|states|claims|mentions|reports|writes)(?: that)?\s+|^(?:im (?:artikel|text|bericht)|da|dort) (?:steht|hei(?:ß|ss)t es)\s*,?\s*(?:dass|das)?\s+|^(?:der (?:artikel|text|bericht)) (?:sagt|schreibt|behauptet|meint)\s*,?\s*(?:dass|das)?\s+/;

/**
 * "Bilateral am 10., NATO am 12. und OSZE am 13. Januar", "the talks are on the 10th and were
 * announced on a Tuesday": a claim that lists several dated facts is checked fact by fact. Each
 * part must name a date, weekday or figure and something it is about, or the claim stays whole.
 */
export function claimParts(claim: string): string[] {
  const parts = claim
    .split(/\s*(?:[,;–—]|\b(?:und|and|sowie|plus)\b)\s+/i)
    .map((part) => part.trim())
    .filter((part) => part.length > 0);
  if (parts.length < 2 || parts.length > MAX_CLAIM_PARTS) return [claim];
  const dated = (part: string): boolean => {
    const details = detailsIn(part);
    const named = details.days.length + details.weekdays.length + details.numbers.length;
    const about = (part.match(/\p{L}{3,}/gu) ?? []).filter((word) => {
      const { months, weekdays } = detailsIn(word);
      return months.length === 0 && weekdays.length === 0;
    });
    return named > 0 && about.length > 0;
  };
  return parts.every(dated) ? parts : [claim];
}

/** More facts than this in one claim are more than a message checks (and more than the answers it gets). */
const MAX_CLAIM_PARTS = 3;

/** A sentence that only asks whether what came before is right ("stimmt das?", "is that true?"). */
export function isConfirmationOnly(sentence: string): boolean {
  return ONLY_TAG.test(sentence.trim().toLowerCase());
}

const TAGS =
  "correct|right|richtig|korrekt|rite|rigth|corect|correkt|korekt|stimmt(?:'?s| das| doch)?|oder(?: nicht)?|nicht wahr|ne|gell|gelle|wa|isn'?t (?:it|that (?:so|right))|aren'?t they|don'?t they|doesn'?t (?:it|he|she)|didn'?t (?:they|he|she)|won'?t they|is that (?:right|correct|true|so)|am i right|true|wahr|ja|yes|yeah|no|nein|or not|or what|oder was|oder irre ich mich|irre ich mich|or am i wrong|am i wrong|or nah|stimmts|gelle|is that (?:really |actually )?what the (?:article|text) says|is that (?:really |actually )?what it says|does the (?:article|text) (?:really |actually )?say (?:that|so)|steht das (?:echt |wirklich |tats(?:ä|ae|a)chlich )?(?:so )?(?:im|in dem) (?:artikel|text)|stimmt das laut (?:dem )?(?:artikel|text)|sagt (?:das )?der (?:artikel|text) das|passt das(?: so)?|hab ich das (?:so )?richtig|have i got (?:that|it|this) right|did i get (?:that|it|this) right|is that about right";

/** "…, does he?", "…, isn't it?": an English tag question on any pronoun. */
const ENGLISH_TAG =
  "(?:is|isn'?t|does|doesn'?t|did|didn'?t|do|don'?t|will|won'?t|was|wasn'?t|were|weren'?t|are|aren'?t|has|hasn'?t|have|haven'?t|can|can'?t)\\s+(?:he|she|it|they|we|you|there|that)";

const TRAILING: readonly RegExp[] = [
  // After a comma or dash, or the quotation mark that closes the claim ("'X' stimmt das").
  new RegExp(`\\s*(?:[,;–—-]|(?<=\\S)['"“”’»])\\s*(?:${TAGS}|${ENGLISH_TAG})\\s*[?!.]*\\s*$`),
  new RegExp(`\\s+(?:${TAGS})\\s*\\?+\\s*$`),
];

/** "Wird sie das?", "will it?": the question of the sentence before, asked back with a pronoun. */
const ECHO =
  "(?:wird|werden|ist|sind|hat|haben|kommt|passiert) (?:sie|er|es|das|die)(?: das| so| auch)?|(?:will|would|is|are|does|do|did|has|have) (?:it|they|she|he|that)(?: be| happen| really)?";

const ONLY_TAG = new RegExp(
  `^(?:(?:ist |is )?(?:das|that|this|it) )?(?:${TAGS}|stimmt|stimmt das|ist das (?:richtig|so|wahr|korrekt)|seh ich das richtig|sehe ich das richtig|hab ich (?:das )?recht|is (?:that|this|it) (?:true|right|correct|so)|${ECHO})\\s*[?!.]*$`,
);

const LEADING: readonly RegExp[] = [
  /^(?:is it (?:true|correct|right|so)|is it the case|am i right (?:in thinking )?|did i get (?:it|this|that) right|can you confirm|could you confirm|confirm)(?:,)?\s+(?:that\s+)?/,
  /^i (?:read|heard|saw|was told|think|believe|thought)(?: somewhere| online| on twitter| that)?\s+(?:that\s+)?/,
  /^(?:stimmt es|stimmt'?s|ist es (?:richtig|wahr|korrekt|so)|stimmt das|seh(?:e)? ich (?:das )?richtig|hab(?:e)? ich (?:das )?richtig verstanden|kannst du best(?:ä|ae|a)tigen|bin ich (?:da )?richtig|lieg(?:e)? ich (?:da )?richtig|hab(?:e)? ich recht)\s*(?:mit der annahme)?\s*,?\s*(?:dass|das)\s+/,
  /^(?:ich )?(?:hab(?:e)?|habe)(?: ich)?(?: (?:irgendwo|mal|neulich|gestern|letztens|online|wo))* (?:gelesen|geh(?:ö|oe|o)rt|mitbekommen)\s*,?\s*(?:dass|das)?\s*/,
  /^(?:my (?:friend|roommate|buddy|mate|colleague|teacher|dad|mom)|someone|a friend|people) (?:says|said|told me|claims|thinks)\s*,?\s*(?:that\s+)?/,
  /^(?:mein(?:e)? (?:kumpel|freund(?:in)?|kollege|kollegin|mitbewohner|lehrer|vater|mutter)|jemand|leute) (?:meint(?:e)?|sagt(?:e)?|behauptet(?:e)?)\s*,?\s*(?:dass|das)?\s*/,
  /^(?:apparently|angeblich|anscheinend|allegedly)\s*,?\s*/,
  // Notes to check: "ich hab aufgeschrieben …", "in meinen Notizen steht …", "copied from my notes: …".
  /^(?:(?:ich )?hab(?:e)?(?: ich)?(?: mir)?(?: (?:hier|mal|im unterricht|in der stunde))* (?:aufgeschrieben|notiert|mitgeschrieben)|in meinen (?:notizen|unterlagen|aufzeichnungen) steht|(?:(?:copied|taken) )?from my notes|my notes say|in my notes(?: it says)?|i (?:wrote|jotted|noted) down)\s*[,:]?\s*(?:dass|das|that)?\s*/,
  /^(?:ich glaube|ich dachte|soweit ich wei(?:ß|ss))\s*,?\s*(?:dass|das)?\s+/,
];
