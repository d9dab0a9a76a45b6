import { tokenize, words } from "../answering/text/normalize.js";
import { LANGUAGES, type Language } from "../knowledge/types.js";
import type { QuestionGroup } from "./types.js";

export interface AskedQuestion {
  readonly question: string;
  readonly language: Language;
  readonly askedAt: number;
}

/** Two questions whose terms overlap this much (Jaccard) count as one question asked twice. */
export const SIMILARITY = 0.6;

interface Bucket {
  readonly terms: readonly string[];
  readonly asked: AskedQuestion[];
}

/**
 * Groups questions by meaning the way the answerer reads them: the same normalised terms (stems,
 * question intents, no stop words) make one group; groups whose terms overlap at least
 * `SIMILARITY` merge into the larger one. Largest groups first.
 */
export function groupQuestions(questions: readonly AskedQuestion[]): QuestionGroup[] {
  const exact = new Map<string, Bucket>();
  for (const asked of questions) {
    const terms = termsOf(asked);
    const key = terms.join(" ");
    const bucket = exact.get(key) ?? { terms, asked: [] };
    bucket.asked.push(asked);
    exact.set(key, bucket);
  }
  const ordered = [...exact.values()].sort((a, b) => b.asked.length - a.asked.length || newest(b) - newest(a));
  const clusters: Bucket[] = [];
  for (const bucket of ordered) {
    // Compared with each cluster's first (largest) bucket, so similarity does not drift along a chain.
    const home = clusters.find((cluster) => jaccard(cluster.terms, bucket.terms) >= SIMILARITY);
    if (home === undefined) clusters.push({ terms: bucket.terms, asked: [...bucket.asked] });
    else home.asked.push(...bucket.asked);
  }
  return clusters.map(describe).sort((a, b) => b.count - a.count || b.lastAsked.getTime() - a.lastAsked.getTime());
}

function termsOf({ question, language }: AskedQuestion): string[] {
  const terms = tokenize(question, language).map((token) => token.term);
  // Questions of stop words only ("was ist das?") still group with their own kind.
  return [...new Set(terms.length > 0 ? terms : words(question))].sort();
}

function jaccard(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 && b.length === 0) return 1;
  const shared = a.filter((term) => b.includes(term)).length;
  return shared / (a.length + b.length - shared);
}

function newest(bucket: Bucket): number {
  return Math.max(...bucket.asked.map((a) => a.askedAt));
}

function describe(cluster: Bucket): QuestionGroup {
  const wordings = new Map<string, { text: string; count: number; last: number }>();
  const languages = Object.fromEntries(LANGUAGES.map((language) => [language, 0])) as Record<Language, number>;
  for (const asked of cluster.asked) {
    const text = asked.question.trim().replace(/\s+/g, " ");
    // "Wo ist das?" and "wo ist das" are one wording, shown as it was first met.
    const key = words(text).join(" ");
    const seen = wordings.get(key) ?? { text, count: 0, last: 0 };
    wordings.set(key, { text: seen.text, count: seen.count + 1, last: Math.max(seen.last, asked.askedAt) });
    languages[asked.language] += 1;
  }
  const ranked = [...wordings.values()].sort(
    (a, b) => b.count - a.count || b.last - a.last || a.text.length - b.text.length || a.text.localeCompare(b.text),
  );
  return {
    count: cluster.asked.length,
    example: ranked[0]!.text,
    examples: ranked.slice(0, 3).map((w) => w.text),
    // The language most of them were asked in; on a tie the one listed first.
    language: LANGUAGES.reduce((most, language) => (languages[language] > languages[most] ? language : most)),
    lastAsked: new Date(newest(cluster)),
  };
}
