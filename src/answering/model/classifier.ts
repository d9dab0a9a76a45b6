import type { Knowledge, Language } from "../../knowledge/types.js";
import { LANGUAGES } from "../../knowledge/types.js";
import type { MatchIndex } from "../index/matchIndex.js";
import { textReader, type TextReader } from "../index/textMemo.js";
import { EXAMPLES_PER_STEP, trainSoftmaxSteps } from "./softmaxRegression.js";
import { compactModel, predictSparseInto, type SparseSoftmaxModel } from "./sparseSoftmax.js";
import {
  buildTrainingVectors,
  featureHashes,
  hashString,
  questionVector,
  type FeatureSpace,
  type SparseVector,
} from "./textFeatures.js";

/**
 * Which entry a question asks for, learned from the knowledge at load: one class per entry, trained
 * on its questions and phrasings; one class for the knowledge's out-of-scope list; and, for each
 * entry with near misses (questions on its subject that the article does not answer), one class
 * for those, so "since when is Crimea occupied" competes with "is Crimea occupied" on its own ground.
 */
export interface Classifier {
  /** For a question (its content words and the matcher's terms): how probable each entry is, and that none is. */
  predict(words: readonly string[], terms: readonly string[]): Prediction;
}

export interface Prediction {
  /** By entry, in knowledge order. */
  readonly entries: Float64Array;
  /** That the article does not answer it: the out-of-scope list's and every near-miss class's, together. */
  readonly outOfScope: number;
}

/**
 * Beyond this many weights (features × classes) the model is not trained: a knowledge of thousands
 * of generated entries would need gigabytes, and the lexical matcher ranks such a knowledge alone.
 * A curated knowledge of a few hundred entries stays far below it.
 */
export const MAX_MODEL_WEIGHTS = 12_000_000;
const TRAINING = { epochs: 4, learningRate: 1.5, seed: 2 } as const;

/** The training texts: every entry's questions and phrasings, then the out-of-scope questions. */
interface Example {
  readonly text: string;
  readonly language: Language;
  readonly label: number;
  /** A way someone asks (a question or phrasing), not a keyword, an answer sentence or a quote. */
  readonly asked?: boolean;
}

/** Trains the classifier for one version of the knowledge; undefined when there is too little or too much to learn from. */
export function trainClassifier(knowledge: Knowledge, index: MatchIndex): Classifier | undefined {
  const steps = trainClassifierSteps(knowledge, index);
  for (;;) {
    const next = steps.next();
    if (next.done === true) return next.value;
  }
}

/** The same training, pausing (yielding) every few milliseconds of work, so a caller can let other work run. */
export function* trainClassifierSteps(knowledge: Knowledge, index: MatchIndex): Generator<void, Classifier | undefined> {
  const examples: Example[] = [];
  knowledge.entries.forEach((entry, label) => {
    for (const language of LANGUAGES) {
      for (const text of [...entry.questions[language], ...entry.phrasings[language]])
        examples.push({ text, language, label, asked: true });
    }
    // Keywords are the entry's subject with no aspect at all ("Sanktionen", "Krim"): a question that
    // is nothing but its subject asks for the entry, not for one of its near misses.
    for (const text of entry.keywords) examples.push({ text, language: "de", label });
    // The answer's sentences and the quotes carry the entry's own facts and words ("post-Cold War",
    // "defence"): a question that names them asks for this entry.
    for (const language of LANGUAGES) {
      for (const sentence of entry.answer[language].split(/(?<=[.!?])\s+/)) examples.push({ text: sentence, language, label });
    }
    for (const citation of entry.citations) examples.push({ text: citation.quote, language: "de", label });
  });
  const outOfScope = knowledge.entries.length;
  for (const language of LANGUAGES) {
    for (const text of knowledge.outOfScope[language]) examples.push({ text, language, label: outOfScope });
  }
  let classes = outOfScope + 1;
  knowledge.entries.forEach((entry) => {
    const near = LANGUAGES.flatMap((language) => entry.outOfScope[language].map((text) => ({ text, language })));
    if (near.length === 0) return;
    const label = classes++;
    for (const { text, language } of near) examples.push({ text, language, label });
  });
  if (!enoughToLearn(examples, outOfScope)) return undefined;
  // The vocabulary grows with the phrasings: a cheap upper bound first, before any hashing.
  if (examples.length * 150 * classes > 50 * MAX_MODEL_WEIGHTS && classes > 200) return undefined;

  const reader = textReader(examples.length);
  const hashes: number[][] = [];
  for (const { text, language } of examples) {
    if (hashes.length % EXAMPLES_PER_STEP === EXAMPLES_PER_STEP - 1) yield;
    hashes.push(textHashes(text, language, index, reader));
  }
  const { space, vectors } = buildTrainingVectors(hashes);
  if (space.size * classes > MAX_MODEL_WEIGHTS) return undefined;
  yield;
  const labels = examples.map((example) => example.label);
  const keys = Uint32Array.from(examples, (example) => hashString(`${example.label} ${example.text}`, TRAINING.seed));
  const model = yield* trainSoftmaxSteps(vectors, labels, space.size, classes, { ...TRAINING, keys });
  return classifierOf(compactModel(model), space, outOfScope);
}

/**
 * A model learns nothing sound from a handful of phrasings, nor to decline without examples of
 * what to decline: below this the lexical matcher ranks and decides alone (small test knowledges,
 * a knowledge just started).
 */
const MIN_PHRASINGS_PER_ENTRY = 5;
const MIN_OUT_OF_SCOPE = 20;

function enoughToLearn(examples: readonly Example[], entries: number): boolean {
  const declined = examples.filter((example) => example.label >= entries).length;
  const asked = examples.filter((example) => example.asked === true).length;
  return entries >= 2 && asked >= MIN_PHRASINGS_PER_ENTRY * entries && declined >= MIN_OUT_OF_SCOPE;
}

/** A training text read as a question is read: its content words, and its terms as the index has them. */
function textHashes(text: string, language: Language, index: MatchIndex, reader: TextReader): number[] {
  const terms = index.synonyms.apply(reader.tokens(text, language).map((token) => token.term));
  return featureHashes(
    reader.tokens(text, "any").map((token) => token.word),
    terms,
  );
}

function classifierOf(model: SparseSoftmaxModel, space: FeatureSpace, entries: number): Classifier {
  return {
    predict: (words, terms) => {
      const probabilities = new Float64Array(model.classes);
      const vector: SparseVector = questionVector(words, terms, space);
      predictSparseInto(model, vector, probabilities);
      let outOfScope = 0;
      for (let c = entries; c < model.classes; c++) outOfScope += probabilities[c]!;
      return { entries: probabilities.subarray(0, entries), outOfScope };
    },
  };
}
