import type { Entry, Knowledge } from "../../src/knowledge/types.js";
import { createRandom, type Random } from "../../src/answering/model/random.js";
import { addTypo } from "./typos.js";
import { articleVocabulary } from "./vocabulary.js";

/** Content words per generated entry: three of the article's ~170 give far more distinct subjects than 100k. */
const SUBJECT_WORDS = 3;

/** How entries are worded (three phrasings each), and how the benchmark's questions word them differently. */
const PHRASINGS = {
  de: ["Was ist mit {0}, {1} und {2}?", "Wie steht es um {0} bei {1} und {2}?", "Was war mit {0} und {1} im {2}?"],
  short: ["{0} {1} {2}", "{1} {0} {2}?", "{0}, {1}, {2}"],
  en: ["What about {0}, {1} and {2}?", "What is said on {0} and {1} with {2}?", "How is {0} at {1} and {2}?"],
} as const;
const PARAPHRASES = [
  "Was weißt du über {0} und {1} bei {2}?",
  "{0}, {1} und {2}?",
  "Was gibt es zu {0} {1} {2}?",
  "what do you know about {0} and {1} with {2}",
  "{0} and {1} and {2}?",
] as const;

/** A generated knowledge and, per entry, the article words it is about. */
export interface GeneratedKnowledge {
  readonly knowledge: Knowledge;
  readonly subjects: readonly (readonly string[])[];
}

export interface BenchQuery {
  readonly question: string;
  /** The entry the question was made from: the right answer. */
  readonly entryId: string;
}

/**
 * `size` entries about distinct triples of the article's words, each quoting one sentence of the
 * article verbatim, on `base`'s article, topics and synonyms. Same base, size and seed: same entries.
 */
export function generateKnowledge(base: Knowledge, size: number, seed: number): GeneratedKnowledge {
  const random = createRandom(seed);
  const vocabulary = articleVocabulary(base);
  const sentences = articleSentences(base.article.paragraphs);
  const topics = Object.keys(base.topics);
  const seen = new Set<string>();
  const subjects: string[][] = [];
  const entries: Entry[] = [];
  while (entries.length < size) {
    const picked = pickDistinct(vocabulary.length, SUBJECT_WORDS, random);
    const key = [...picked].sort((a, b) => a - b).join(",");
    if (seen.has(key)) continue;
    seen.add(key);
    const words = picked.map((k) => vocabulary[k]!);
    const { paragraph, quote } = random.pick(sentences);
    subjects.push(words);
    entries.push({
      id: `gen-${String(entries.length + 1).padStart(6, "0")}`,
      topic: random.pick(topics),
      questions: {
        de: [fill(random.pick(PHRASINGS.de), words), fill(random.pick(PHRASINGS.short), words)],
        en: [fill(random.pick(PHRASINGS.en), words)],
      },
      // Joined, not a template literal: that would make a rope, which V8 flattens on first use and
      // then keeps twice; a knowledge parsed from YAML holds flat strings, and so should this one.
      answer: { de: ["Laut dem Artikel: „", quote, "“"].join(""), en: ['The article says: "', quote, '"'].join("") },
      citations: [{ paragraph, quote }],
      keywords: [],
      related: [],
      phrasings: { de: [], en: [] },
      outOfScope: { de: [], en: [] },
    });
  }
  return { knowledge: { ...base, entries }, subjects };
}

/** Questions about random entries, worded unlike any of their phrasings, one word misspelt. */
export function generateQueries(generated: GeneratedKnowledge, count: number, seed: number): BenchQuery[] {
  const random = createRandom(seed);
  const { entries } = generated.knowledge;
  return Array.from({ length: count }, () => {
    const k = random.int(entries.length);
    const words = shuffle(generated.subjects[k]!, random);
    const long = words.findIndex((word) => word.length >= 6);
    if (long >= 0) words[long] = addTypo(words[long]!, random);
    return { question: fill(random.pick(PARAPHRASES), words), entryId: entries[k]!.id };
  });
}

function fill(template: string, words: readonly string[]): string {
  return template.replace(/\{(\d)\}/g, (_, k: string) => words[Number(k)] ?? "");
}

function pickDistinct(n: number, count: number, random: Random): number[] {
  const picked: number[] = [];
  while (picked.length < count) {
    const k = random.int(n);
    if (!picked.includes(k)) picked.push(k);
  }
  return picked;
}

function shuffle<T>(items: readonly T[], random: Random): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = random.int(i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** Whole sentences of the article with their paragraph numbers: verbatim quotes for the citations. */
function articleSentences(paragraphs: readonly string[]): { paragraph: number; quote: string }[] {
  return paragraphs.flatMap((text, k) =>
    text
      .split(/(?<=[.!?])\s+/)
      .map((sentence) => sentence.trim())
      .filter((sentence) => sentence.length >= 20)
      .map((quote) => ({ paragraph: k + 1, quote })),
  );
}
