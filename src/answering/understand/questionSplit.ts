/** With the contractions typed without their apostrophe ("whens the osce one"). */
const QUESTION_WORD =
  "wann|wer|wem|wen|wo|wohin|woher|was|wie|warum|wieso|weshalb|welche[srnm]?|when|who|whom|where|what|how|why|which|whats|whos|whens|wheres|hows|whys";

/** A preposition may come before the question word: "in which organisation", "mit wem", "an welchem Tag". */
const PREPOSITION = "(?:in|an|at|on|with|from|to|for|by|bei|mit|von|zu|auf|um|aus|nach|über|ueber|seit|f(?:ü|ue|u)r)\\s+";

/** "… and do we know who …", "… und weiß man schon, wer …": a second question asked through "do we know". */
const KNOW =
  "(?:(?:do|does|did) (?:we|you|u|anyone|they) know|is it known|(?:wei(?:ß|ss)|weiss) man(?: schon| denn| eigentlich)?|ist (?:schon |denn )?bekannt)\\s*,?\\s+";

/** "wann A und wann B", "who X and what Y": the joint before a second question word. */
const JOINT = new RegExp(
  `\\s*(?:,\\s*)?(?:\\bund\\b|\\band\\b|&|\\bsowie\\b|\\bplus\\b|;)\\s+(?=(?:${KNOW})?(?:${PREPOSITION})?(?:${QUESTION_WORD})\\b)`,
  "i",
);
const STARTS_WITH_QUESTION = new RegExp(
  `^(?:(?:und|and|also|so|ok|but|aber)\\s+)?(?:${KNOW})?(?:${PREPOSITION})?(?:${QUESTION_WORD})\\b`,
  "i",
);

/**
 * One sentence that asks two things ("wann ist das NATO-Treffen und wann das mit der OSZE?")
 * as its two questions; any other sentence as itself. Both halves must ask (start with a question
 * word) and say something beyond it, or the sentence is one question ("wer und wann?").
 */
export function splitQuestions(sentence: string): string[] {
  // "Settle this pls: when's A and when's B": what stands before the colon asks nothing.
  const lead = LEAD_IN.exec(sentence);
  if (lead !== null && !STARTS_WITH_QUESTION.test(lead[1]!) && STARTS_WITH_QUESTION.test(lead[2]!)) {
    const parts = splitQuestions(lead[2]!);
    if (parts.length > 1) return parts;
  }
  const match = JOINT.exec(sentence);
  if (match === null) return [sentence];
  const first = sentence.slice(0, match.index).trim();
  const second = sentence.slice(match.index + match[0].length).trim();
  const says = (part: string): boolean =>
    part
      .replace(new RegExp(`^(?:${QUESTION_WORD})\\b`, "i"), "")
      .trim()
      .split(/\s+/)
      .filter((w) => w.length > 2).length >= 1;
  if (!STARTS_WITH_QUESTION.test(first) || !says(first) || !says(second)) return [sentence];
  return [first, ...splitQuestions(second)];
}

/** A few words and a colon: "settle this pls:", "kurze frage:" (a longer lead-in may name the topic). */
const LEAD_IN = /^((?:\S+\s+){0,3}\S+):\s+(.+)$/;

/** Whether a sentence reads as a question without a question mark ("wann ist das treffen"). */
export function readsAsQuestion(sentence: string): boolean {
  return (
    STARTS_WITH_QUESTION.test(sentence.trim()) ||
    /^(?:is|are|was|were|do|does|did|can|could|will|would|has|have|ist|sind|war|waren|hat|haben|gibt|gab|wird|werden|kann|k(?:ö|oe|o)nnen|stimmt|geht|kommt|spielt)\b/i.test(
      sentence.trim(),
    )
  );
}
