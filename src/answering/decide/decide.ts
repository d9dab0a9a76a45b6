import type { Matcher } from "../matcher.js";
import type { Candidate, Ranked } from "../rank/rank.js";
import type { Question } from "../understand/understand.js";
import { asksForMissingDetail, DECIDE_FEATURES, decideFeatures } from "./decideFeatures.js";
import { DECIDE_MODEL } from "./decideWeights.js";
import { lexicalBar } from "./lexicalBar.js";
import { asksAboutOtherEvent } from "./otherEvent.js";
import { claimVerdict } from "./claimVerdict.js";
import { knowledgeDays, quotedDays } from "../index/entryFacts.js";
import type { Verdict } from "../types.js";
import { normalizeQuoteText, quotePieces, sentencesOf } from "../../knowledge/quotes.js";
import { afterAll, sameDay } from "../text/dates.js";
import type { Entry } from "../../knowledge/types.js";

export type Decision =
  | {
      readonly kind: "answer";
      readonly candidate: Candidate;
      readonly confidence: number;
      /** For a claim to confirm: whether the entry's answer bears it out. */
      readonly verdict?: Verdict | undefined;
      /** After a "No" to a claimed day: the entry that gives that day ("Is the 12th the OSCE one?" – no, the NATO one). */
      readonly onThatDay?: { readonly entry: number } | undefined;
    }
  /** Two or more entries fit about equally and say different things: ask which one was meant. */
  | { readonly kind: "ambiguous"; readonly candidates: readonly Candidate[]; readonly confidence: number }
  /** The article does not answer it (as far as the rankers can tell); `nearest` may still help. */
  | { readonly kind: "decline"; readonly nearest: readonly Candidate[]; readonly confidence: number };

/** A runner-up this close to the best candidate's score makes the question ambiguous. */
const AMBIGUITY_MARGIN = 0.02;
/** Without a learned model: a runner-up this close to the best lexical score makes it ambiguous. */
const LEXICAL_AMBIGUITY_MARGIN = 0.02;
const MAX_OFFERED = 3;
/** Entries offered after a decline must at least reach this (learned probability or lexical score). */
const SUGGESTION_FLOOR = { learned: 0.05, lexical: 0.25 } as const;

/** Answer, ask which was meant, or decline: apart from choosing, with its own fitted model. */
export function decide(question: Question, ranked: Ranked, matcher: Matcher): Decision {
  return withDayEntry(judge(question, ranked, matcher), question, ranked, matcher);
}

/** The decision on the best candidate, and for a claim whether its entry bears it out. */
function judge(question: Question, ranked: Ranked, matcher: Matcher): Decision {
  const decision = choose(question, ranked, matcher);
  if (decision.kind === "decline") return contradicted(question, ranked, matcher) ?? decision;
  if (decision.kind !== "answer") return decision;
  const entry = matcher.knowledge.entries[decision.candidate.entry]!;
  const declined: Decision = { kind: "decline", nearest: [decision.candidate], confidence: decision.confidence };
  if (asksWhatEntryLacks(question, decision.candidate.entry, entry, matcher)) return declined;
  if (question.claim === undefined) return decision;
  const verdict = claimVerdict(question, entry, knowledgeDays(matcher.knowledge));
  // "Russia annexed Crimea in 2014, right?": the entry is about Crimea but gives no year; the article does not cover it.
  if (verdict === "beyond") return declined;
  return { ...decision, verdict };
}

/**
 * "Ist das Treffen am 12. Januar das mit der OSZE?" – "No, the OSCE meets on the 13th" is half
 * the answer: a "No" to a claimed day also gives the candidate that dates that day, if one does.
 */
function withDayEntry(decision: Decision, question: Question, ranked: Ranked, matcher: Matcher): Decision {
  const days = question.claim?.details.days ?? [];
  if (decision.kind !== "answer" || decision.verdict !== "no" || days.length === 0) return decision;
  // An entry that dates that day alone: one that lists all three meetings says more than was asked.
  const dates = (entry: number): boolean => {
    const dated = quotedDays(matcher.knowledge.entries[entry]!);
    return (
      entry !== decision.candidate.entry &&
      dated.length > 0 &&
      dated.every((e) => days.some((d) => sameDay(d, e))) &&
      days.every((d) => dated.some((e) => sameDay(d, e)))
    );
  };
  const ranks = ranked.candidates.find((c) => dates(c.entry))?.entry;
  const entry = ranks ?? matcher.knowledge.entries.findIndex((_, k) => dates(k));
  return entry < 0 ? decision : { ...decision, onThatDay: { entry } };
}

/** The right entry, asked for something its answer does not give: the article does not answer it. */
function asksWhatEntryLacks(question: Question, index: number, entry: Entry, matcher: Matcher): boolean {
  return (
    asksForMissingDetail(question, index, matcher.index) ||
    (question.claim === undefined && asksAboutOtherEvent(question, index, matcher)) ||
    asksPastTheEnd(question, matcher) ||
    // "On what day in June was the Geneva summit?": the entry says when, but the article dates it by month only.
    (question.asksDay && quotedDays(entry).length === 0)
  );
}

/**
 * "Was passiert nach dem 13. Januar?": what comes after the last of the article's events is more
 * than it reports, whichever entry the words match. A day given without its month is taken as the
 * month of the article's event on that day.
 */
function asksPastTheEnd(question: Question, matcher: Matcher): boolean {
  if (question.daysAfter.length === 0) return false;
  const events = knowledgeDays(matcher.knowledge);
  return question.daysAfter.every((d) =>
    afterAll({ day: d.day, month: d.month ?? events.find((e) => e.day === d.day)?.month }, events),
  );
}

/**
 * "Der Gipfel in Genf war doch im März, richtig?": a claim whose date the entry it is plainly
 * about contradicts is answered "No", however unsure the learned decision was: the words match,
 * and the date says what is wrong with it.
 */
function contradicted(question: Question, ranked: Ranked, matcher: Matcher): Decision | undefined {
  const claimed = question.claim?.details;
  const best = ranked.candidates[0];
  if (claimed === undefined || best === undefined) return undefined;
  if (claimed.days.length + claimed.months.length + claimed.weekdays.length === 0) return undefined;
  if (best.lexical < lexicalBar(question.terms) || asksForMissingDetail(question, best.entry, matcher.index)) return undefined;
  // "Another summit after January?": a month that says when to look from is no claimed date.
  if (asksPastTheEnd(question, matcher)) return undefined;
  const entry = matcher.knowledge.entries[best.entry]!;
  if (claimVerdict(question, entry, knowledgeDays(matcher.knowledge)) !== "no") return undefined;
  return { kind: "answer", candidate: best, confidence: DECIDE_MODEL.threshold, verdict: "no" };
}

function choose(question: Question, ranked: Ranked, matcher: Matcher): Decision {
  const [best] = ranked.candidates;
  if (best === undefined) return { kind: "decline", nearest: [], confidence: 0 };
  if (!ranked.learned) return decideLexically(question, ranked);

  const features = decideFeatures(question, ranked, matcher.index);
  let sum = DECIDE_MODEL.bias;
  for (const name of DECIDE_FEATURES) sum += DECIDE_MODEL.weights[name] * features[name];
  const confidence = 1 / (1 + Math.exp(-sum));
  const nearest = ranked.candidates.filter((c) => c.probability >= SUGGESTION_FLOOR.learned).slice(0, MAX_OFFERED);
  if (confidence < DECIDE_MODEL.threshold) return { kind: "decline", nearest, confidence };
  const close = ranked.candidates.filter((c) => best.score - c.score < AMBIGUITY_MARGIN);
  const rivals = differentAnswers(close, matcher, question);
  if (rivals.length > 1 && question.claim === undefined)
    return { kind: "ambiguous", candidates: rivals.slice(0, MAX_OFFERED), confidence };
  // A claim is checked against the entry it is most like: "did you mean" is no answer to "X, right?".
  // One that names a day ("the OSCE meeting is on the 14th") is about when: the rival that dates it.
  // Among all close ones: two that quote the same sentence may differ in whether they give its day.
  const dating =
    close.length > 1 && question.claim !== undefined && question.claim.details.days.length > 0
      ? close.find((c) => quotedDays(matcher.knowledge.entries[c.entry]!).length > 0)
      : undefined;
  return { kind: "answer", candidate: dating ?? best, confidence };
}

/** The rule of a knowledge too large for the model: the lexical score against a length-dependent bar. */
function decideLexically(question: Question, ranked: Ranked): Decision {
  const best = ranked.candidates[0]!;
  if (best.lexical >= lexicalBar(question.terms)) {
    const close = ranked.candidates
      .slice(0, MAX_OFFERED)
      .filter((c) => best.lexicalRank - c.lexicalRank < LEXICAL_AMBIGUITY_MARGIN);
    if (close.length === 1) return { kind: "answer", candidate: best, confidence: best.lexical };
    return { kind: "ambiguous", candidates: close, confidence: best.lexical };
  }
  const nearest = ranked.candidates.filter((c) => c.lexical >= SUGGESTION_FLOOR.lexical).slice(0, MAX_OFFERED);
  return { kind: "decline", nearest, confidence: best.lexical };
}

/**
 * Candidates whose answers differ: offering two entries that say the same would be no choice. Two
 * entries that quote the same sentence of the article give the same answer as far as it goes, also
 * when they quote different parts of it ("The January 10 meeting takes place within the dialogue …"
 * and "… that Biden and Putin launched at their Geneva summit": who launched it, either way).
 */
function differentAnswers(candidates: readonly Candidate[], matcher: Matcher, question: Question): Candidate[] {
  const answers = new Set<string>();
  const quoted = new Set<string>();
  return candidates.filter((c) => {
    const entry = matcher.knowledge.entries[c.entry]!;
    const sentences = citedSentences(entry, matcher.knowledge.article.paragraphs);
    const answer = entry.answer[question.language];
    if (answers.has(answer) || sentences.some((sentence) => quoted.has(sentence))) return false;
    answers.add(answer);
    for (const sentence of sentences) quoted.add(sentence);
    return true;
  });
}

const sentencesOfEntry = new WeakMap<Entry, readonly string[]>();

/** The article's sentences the entry quotes from, once per entry: this runs for every answered question. */
function citedSentences(entry: Entry, paragraphs: readonly string[]): readonly string[] {
  let sentences = sentencesOfEntry.get(entry);
  if (sentences === undefined) {
    sentences = entry.citations.flatMap((citation) => {
      const text = normalizeQuoteText(paragraphs[citation.paragraph - 1] ?? "");
      const spans = sentencesOf(text);
      return quotePieces(citation.quote).map((piece) => spans.find((span) => span.includes(piece)) ?? piece);
    });
    sentencesOfEntry.set(entry, sentences);
  }
  return sentences;
}
