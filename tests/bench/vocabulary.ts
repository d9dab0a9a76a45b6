import { buildSynonymMap } from "../../src/answering/index/synonyms.js";
import { isLightWord, tokenize } from "../../src/answering/text/normalize.js";
import type { Knowledge } from "../../src/knowledge/types.js";

const MIN_WORD = 4;

/**
 * The article's content words as written, one per concept: words that fold, stem or map through
 * a synonym group to the same term count once, so generated entries built from different words
 * really are about different things.
 */
export function articleVocabulary(knowledge: Knowledge): string[] {
  const synonyms = buildSynonymMap(knowledge.synonyms);
  const seen = new Set<string>();
  const vocabulary: string[] = [];
  for (const paragraph of knowledge.article.paragraphs) {
    for (const [word] of paragraph.matchAll(/\p{L}+/gu)) {
      if (word.length < MIN_WORD) continue;
      const tokens = tokenize(word, "de").filter((token) => !token.term.startsWith("?"));
      const token = tokens[0];
      if (tokens.length !== 1 || token === undefined || tokenize(word, "en").length !== 1 || isLightWord(token.word)) continue;
      const [concept] = synonyms.apply([token.term]);
      if (concept === undefined || seen.has(concept)) continue;
      seen.add(concept);
      vocabulary.push(word);
    }
  }
  return vocabulary;
}
