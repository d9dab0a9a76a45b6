/**
 * What people put around a question on Discord: greetings, thanks, apologies and frames ("quick
 * question:", "does anyone know", "weiß jemand, ob"). They carry no part of the question, so they
 * are taken off the front and back of a sentence; a sentence with nothing else is chatter.
 */

const A = "(?:ä|ae|a)";
const O = "(?:ö|oe|o)";
const U = "(?:ü|ue|u)";
const SS = "(?:ß|ss|s)";

/** Where the answer should come from ("according to the article", "laut Artikel"): the bot only ever answers from it. */
const SOURCE_FRAME = `(?:acc?ording to|as per|laut|gem${A}${SS})`;
const THE_ARTICLE = "(?:the |dem |den )?(?:article|artikel|artcle|text|report|bericht)";

/** Taken off the front of a sentence, again and again ("hey all, quick question, does anyone know …"). */
const LEADING: readonly RegExp[] = [
  // Greetings with whom they greet.
  new RegExp(
    `^(?:hi+|hey+|heya|hallo+|hall(?:ö|oe|o)chen|huhu|hello+|hola|yo+|moin(?: moin)?|servus|gr${U}${SS}(?: gott| dich| euch)?|na|guten (?:morgen|tag|abend)|good (?:morning|evening|afternoon|day)|howdy|sup|ciao)` +
      `(?:\\s+(?:all|alle|zusammen|leute|folks|guys|everyone|everybody|people|peeps|bot|du|ihr|there|mates?|team|friends|freunde))*\\b[\\s,.!:-]*`,
  ),
  /^(?:dear |liebe[rs]? )?(?:bot|talks ?q&?a)\b[\s,.!:-]*/,
  // Apologies.
  new RegExp(
    `^(?:sorry|sry|soz|entschuldig(?:e|ung)|verzeihung|pardon)(?:\\s+(?:for|f${U}r|wenn|if|that|dass)\\b[^,.!?:]*?\\b(?:\\w*question|\\w*frage|q|asked|gefragt|dumb|doof|bl${O}d|noob)\\b(?:\\s+(?:already|schon|before|again|here|hier))*)?(?:\\s+(?:but|aber))?[\\s,.!:-]*`,
  ),
  // Frames that announce a question.
  /^(?:(?:a|one|another|quick|short|small|simple|dumb|stupid|noob|random)\s+)*(?:question|q)\b(?:\s+(?:for you|for the bot|here))?[\s,.!:-]*/,
  new RegExp(
    `^(?:(?:eine|noch eine|kurze|kleine|dumme|doofe|blöde|bl${O}de)\\s+)*(?:zwischen)?frage\\b(?:\\s+(?:an (?:den|dich|euch)(?: bot)?|zum artikel))?[\\s,.!:-]*`,
  ),
  /^(?:one more thing|noch was|noch etwas|also noch|and also|und noch)\b[\s,.!:-]*/,
  /^(?:zwei|drei|two|three|2|3)\s+(?:fragen|questions|things|sachen|dinge|qs)\b[\s,.!:-]*/,
  /^(?:i was |i'?m |i am |am |just |only |bin |nur )*(?:wondering|curious|neugierig)\b(?:\s+(?:if|whether|ob))?[\s,.!:-]*/,
  /^(?:(?:does|do|did) )?(?:anyone|anybody|someone|somebody|u|you|ya|y'?all|any of you)\s+(?:know|knows|remember)\b(?:\s+(?:if|whether))?[\s,.!:-]*/,
  /^(?:can|could|would) (?:someone|somebody|anyone|anybody|you|u|ya)\s+(?:please\s+)?(?:tell|explain|remind|clear up|clarify|confirm|check)(?:\s+(?:me|us|for me))?(?:\s+(?:if|whether))?[\s,.!:-]*/,
  new RegExp(
    `^(?:wei${SS}|weis|checkt|peilt|rafft)\\s+(?:(?:hier\\s+)?(?:jemand|wer|einer|irgendwer|irgendjemand|du|ihr)|man)\\b(?:\\s+(?:hier|zuf${A}llig|eigentlich))*(?:\\s*,?\\s*ob)?[\\s,.!:-]*`,
  ),
  new RegExp(
    `^(?:kann|k${O}nnte|k${O}nnten|kannst|koennt|k${O}nnt|w${U}rden)\\s+(?:mir\\s+|uns\\s+)?(?:(?:jemand|einer|wer|du|ihr|sie|irgendwer)\\s+)?(?:mir\\s+|uns\\s+)?(?:mal\\s+)?(?:bitte\\s+)?(?:sagen|erkl${A}ren|verraten|mitteilen|nennen|erl${A}utern)\\b(?:\\s*,?\\s*ob)?[\\s,.!:-]*`,
  ),
  // Formal frames: "Dürfte ich Sie bitten, mir … zu nennen", "Sehr geehrte Damen und Herren".
  new RegExp(`^(?:sehr geehrte damen und herren|sehr geehrte[rs]? \\S+)[\\s,.!:-]*`),
  new RegExp(
    `^(?:d${U}rfte|darf|m${O}chte|w${U}rde) ich sie (?:bitten|fragen)\\s*,?\\s*(?:(?:mir|uns)\\s+)?(?:(?:kurz|bitte)\\s+)?(?:mitzuteilen|zu nennen|zu sagen|zu erl${A}utern)?[\\s,.!:-]*`,
  ),
  // "Ich bitte um Auskunft, …", "Dürfte ich erfahren, …", "Ich wäre Ihnen dankbar, wenn Sie mir mitteilen könnten, …".
  new RegExp(
    `^(?:ich bitte (?:sie )?um (?:eine |einige )?(?:kurze |genauere )?(?:auskunft|ausk${U}nfte|information(?:en)?|erl${A}uterung|kl${A}rung|mitteilung)(?: dar${U}ber)?|(?:d${U}rfte|darf|k${O}nnte) ich (?:(?:bitte|h${O}flich(?:st)?|kurz|mal|einmal|nochmal) ){0,2}(?:erfahren|fragen|wissen)|(?:es )?w${U}rde mich (?:sehr )?interessieren|mich w${U}rde (?:sehr )?interessieren|ich w${A}re (?:ihnen |dir |euch )?(?:sehr )?dankbar(?:\\s*,)? wenn (?:sie|du|ihr) mir (?:kurz )?(?:mitteilen|sagen|erl${A}utern|erkl${A}ren) k${O}nnten?)\\b(?:\\s*,?\\s*ob)?[\\s,.!:-]*`,
  ),
  // "I would be grateful if you could clarify …", "I'd appreciate clarification as to …", "May I ask …".
  /^(?:(?:i would|i'?d) be (?:most |very )?grateful if you (?:could|would) (?:please )?(?:clarify|tell me|specify|state|explain|indicate|confirm|let me know|outline|describe)(?: to me| for me)?|(?:i would|i'?d) appreciate (?:it if you (?:could|would) (?:please )?(?:clarify|tell me|specify|state|explain|indicate|confirm|let me know)|(?:a |some )?(?:clarification|information|details?|an explanation)(?: as to| on| regarding| about| concerning| of)?)|(?:may|might|could) i (?:please )?(?:ask|inquire|enquire)(?: you)?)\b(?:\s+(?:if|whether))?[\s,.!:-]*/,
  /^(?:i'?d|i would|i'?m trying to|i want(?:ed)? to|i wanna|i need to)\s+(?:like to |love to )?(?:know|ask|find out|understand|check|learn)\b(?:\s+(?:if|whether))?[\s,.!:-]*/,
  // Formal frames: "Could you kindly indicate …", "Would you be so kind as to tell me …".
  /^(?:(?:could|would|can) you (?:kindly |please )?|would you be so kind as to |please )(?:indicate|tell me|let me know|inform me|specify|clarify|state)(?: (?:to me|for me))?\b(?:\s+(?:if|whether))?[\s,.!:-]*/,
  new RegExp(
    `^(?:ich\\s+)?(?:wollte|w${U}rde gern(?:e)?|m${O}chte|will|muss)\\s+(?:mal\\s+|gern(?:e)?\\s+|kurz\\s+)*(?:wissen|fragen|nachfragen|verstehen)\\b(?:\\s*,?\\s*ob)?[\\s,.!:-]*`,
  ),
  /^(?:so\s+)?what i (?:actually |really )?(?:wanted|want|meant|need) to (?:know|ask)(?: is)?\b[\s,.!:-]*/,
  // Someone else's question passed on: "Lena was asking me: …", "mein Kumpel hat gefragt, …".
  new RegExp(
    `^(?:(?:my|mein(?:e)?|a|ein(?:e)?)\\s+)?(?:[a-z${A}${O}${U}ß]+\\s+)?(?:was asking|is asking|asked|wants to know|wanted to know|hat (?:mich |uns )?gefragt|fragt(?:e)?|wollte wissen|will wissen)(?:\\s+(?:me|us|mich|uns))?\\s*[:,-]\\s*`,
  ),
  new RegExp(`^${SOURCE_FRAME}\\s+${THE_ARTICLE}\\b[\\s,.!:-]*`),
  // "Two quick ones:", "zwei kurze Fragen:": the questions follow.
  /^(?:two|2|three|3|zwei|drei|a couple of|a few|ein paar|paar)\s+(?:quick\s+|short\s+|kurze\s+|kleine\s+)?(?:ones|questions|qs|fragen)\b[\s,.!:-]*/,
  new RegExp(`^(?:was ich (?:eigentlich |wirklich )?(?:wissen|fragen) (?:wollte|will|m${O}chte))(?: ist)?\\b[\\s,.!:-]*`),
  // Interjections and fillers.
  new RegExp(
    `^(?:anyway|anyways|jedenfalls|egal|ok(?:ay)?|alright|so|also|but|aber|and|und|btw|${U}brigens|lol|lmao|haha+|hehe+|hmm+|${A}hm|${A}h|uhm+|um+|uh+|well|naja|na ja|ach ja|oh|ah|aha|ja|yeah|yes|no|nein|nee|mal|ehrlich gesagt|honestly|ngl|tbh|pls|please|bitte|plz|quick|kurz|real quick|bruh|bro|basically|wtf|omg|lowkey|fr|krass|digga|alter|ey|boah|yo|wait|hold on|warte|moment)\\b[\\s,.!:-]+`,
  ),
];

/** Taken off the end of a sentence ("… ty!", "… danke im Voraus", "… lol"). */
const TRAILING: readonly RegExp[] = [
  /[\s,.!:-]*\b(?:thanks|thank you|thank u|thx|ty|tysm|cheers|danke(?:sch(?:ö|oe|o)n)?|merci|vielen dank|thanks a lot)(?:\s+(?:in advance|im voraus|schon mal|schonmal|vorab|a lot|so much|dir|euch|bot|everyone|all|alle|guys|leute))*[\s,.!:-]*$/,
  /[\s,.!:-]*\b(?:lol|lmao|haha+|hehe+|pls|please|bitte|plz|xd|bro|digga|mate|dude|man|guys|leute|ig|idk|ngl|tbh)[\s,.!:-]*$/,
  /[\s,.!:-]*\b(?:bot|talks ?q&?a)[\s,.!:-]*$/,
  new RegExp(`[\\s,.!:-]*\\b(?:${SOURCE_FRAME}|in)\\s+${THE_ARTICLE}[\\s,.!:-]*$`),
];

/** The sentence without the chatter around it (lower-cased where chatter was removed: the matcher folds case anyway). */
export function withoutChatter(sentence: string): string {
  let text = sentence.trim();
  for (let guard = 0; guard < 8; guard++) {
    const lower = text.toLowerCase();
    const pattern = LEADING.find((p) => p.test(lower));
    if (pattern === undefined) break;
    const cut = lower.length - lower.replace(pattern, "").length;
    if (cut === 0) break;
    text = text.slice(cut).trim();
  }
  for (let guard = 0; guard < 4; guard++) {
    const lower = text.toLowerCase();
    const pattern = TRAILING.find((p) => p.test(lower));
    if (pattern === undefined) break;
    const kept = lower.replace(pattern, "").length;
    if (kept === text.length) break;
    text = text.slice(0, kept).trim();
  }
  return text;
}

/** Whether nothing but chatter is left: no letters or digits, or too little to be about anything. */
export function isOnlyChatter(sentence: string): boolean {
  return !/[\p{L}\p{N}]{2,}/u.test(withoutChatter(sentence));
}
