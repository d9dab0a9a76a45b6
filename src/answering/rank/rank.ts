import type { Entry } from "../../knowledge/types.js";
import type { Matcher } from "../matcher.js";
import type { MatchIndex } from "../index/matchIndex.js";
import type { Classifier } from "../model/classifier.js";
import type { Retrieved } from "../retrieve/retrieve.js";
import type { Question } from "../understand/understand.js";
import { entryDays } from "../index/entryFacts.js";
import { sameDay } from "../text/dates.js";
import { detailMayBeMissing, intentMismatch } from "../index/intentFit.js";

/** One entry that may answer the question, with what each ranker thinks of it. */
export interface Candidate {
  readonly entry: number;
  /** The lexical matcher's acceptance score, 0–1 (0 when it shares no term with the question). */
  readonly lexical: number;
  /** The lexical matcher's choice score (named concepts weighed up). */
  readonly lexicalRank: number;
  /** The learned ranker's probability that this entry is the one asked for (without a model: lexicalRank). */
  readonly probability: number;
  /** What candidates are ordered by. */
  readonly score: number;
}

export interface Ranked {
  /** Best first; empty when nothing in the knowledge relates to the question. */
  readonly candidates: readonly Candidate[];
  /** The learned ranker's probability that the article does not answer this (0 without a model). */
  readonly outOfScope: number;
  /** Whether a learned model ranked (false for a knowledge too large to train one). */
  readonly learned: boolean;
}

/** How much the lexical choice score adds to the learned probability (fitted on the tuning sets). */
export const LEXICAL_WEIGHT = 0.5;
/** What it adds that an entry gives the very day the question names ("Was passiert am 12.1.?"). */
export const DAY_WEIGHT = 0.3;
/**
 * What it takes off an entry that never answers the kind of question asked ("on which day …" put
 * to the entry about who announced the talks, whose phrasings never ask "when"): the model reads
 * the words it knows from that entry, the kind of question is one feature among many to it.
 */
export const INTENT_WEIGHT = 0.9;
/** Entries the model likes best are candidates even when the lexical matcher missed them. */
const MODEL_CANDIDATES = 5;

/**
 * Orders the candidates by the learned probability, with the lexical score as a second opinion: the
 * model reads letters and has seen every phrasing; the matcher knows exact terms and spelling.
 */
export function rank(question: Question, retrieved: Retrieved, matcher: Matcher): Ranked {
  const { classifier } = matcher;
  if (classifier === undefined) {
    const candidates = retrieved.candidates.map((r) => ({
      entry: r.entry,
      lexical: r.score,
      lexicalRank: r.rankScore,
      probability: r.rankScore,
      score: r.rankScore,
    }));
    return { candidates, outOfScope: 0, learned: false };
  }
  const prediction = predict(question, classifier, matcher.index);
  const probabilities = prediction.entries;
  const entries = new Set(retrieved.candidates.map((r) => r.entry));
  for (const entry of topClasses(probabilities, MODEL_CANDIDATES)) entries.add(entry);
  const candidates = [...entries].map((entry): Candidate => {
    const lexical = retrieved.candidates.find((r) => r.entry === entry) ?? retrieved.ranking.find(entry);
    const probability = probabilities[entry]!;
    const lexicalRank = lexical?.rankScore ?? 0;
    const day = givesDay(question, matcher.knowledge.entries[entry]!) ? DAY_WEIGHT : 0;
    return {
      entry,
      lexical: lexical?.score ?? 0,
      lexicalRank,
      probability,
      score:
        probability + LEXICAL_WEIGHT * lexicalRank + day - INTENT_WEIGHT * intentMismatch(question.terms, entry, matcher.index),
    };
  });
  candidates.sort((a, b) => b.score - a.score || a.entry - b.entry);
  return { candidates, outOfScope: prediction.outOfScope, learned: true };
}

/**
 * "What exactly is Putin accused of" asks for the entry itself, unless the entry says the article
 * leaves out a detail (then "exactly" is a near miss, see intentMismatch); the model, which has seen
 * "genau" and "exactly" in many near misses, reads the question without it when its best entry
 * without it gives no such gap.
 */
function predict(question: Question, classifier: Classifier, index: MatchIndex): ReturnType<Classifier["predict"]> {
  const terms = question.terms.filter((term) => term.similarity > 0).map((term) => term.term);
  const prediction = classifier.predict(question.words, terms);
  if (!terms.includes(EXACT)) return prediction;
  const plain = classifier.predict(
    question.words.filter((word) => word !== EXACT),
    terms.filter((term) => term !== EXACT),
  );
  const [best] = topClasses(plain.entries, 1);
  return best !== undefined && !detailMayBeMissing(terms, best, index) ? plain : prediction;
}

const EXACT = "?exact";

/** Whether the entry gives every day the question names (false when it names none). */
export function givesDay(question: Question, entry: Entry): boolean {
  if (question.days.length === 0) return false;
  const days = entryDays(entry);
  return question.days.every((d) => days.some((f) => sameDay(d, f)));
}

/** The `limit` most probable entries, most probable first (ties: the earlier entry). */
function topClasses(probabilities: Float64Array, limit: number): number[] {
  const top: number[] = [];
  for (let entry = 0; entry < probabilities.length; entry++) {
    const p = probabilities[entry]!;
    if (top.length === limit && p <= probabilities[top[limit - 1]!]!) continue;
    let at = top.length === limit ? limit - 1 : top.length;
    top[at] = entry;
    while (at > 0 && probabilities[top[at - 1]!]! < p) {
      [top[at - 1], top[at]] = [top[at]!, top[at - 1]!];
      at--;
    }
  }
  return top;
}
