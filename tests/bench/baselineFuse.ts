import Fuse from "fuse.js";
import type { Knowledge } from "../../src/knowledge/types.js";

/** A question matcher: the entry id it would answer with, or null when it would not answer. */
export type TopEntry = (question: string) => string | null;

/**
 * The baseline: Fuse.js as most bots use it, every phrasing one item, one bitap pass over all of
 * them per question, the best hit taken. Default options (threshold 0.6) except the score.
 */
export function buildPlainFuse(knowledge: Knowledge): TopEntry {
  const phrasings = knowledge.entries.flatMap((entry) =>
    [...entry.questions.de, ...entry.questions.en, ...entry.keywords].map((text) => ({ entryId: entry.id, text })),
  );
  const fuse = new Fuse(phrasings, { keys: ["text"], includeScore: true });
  return (question) => fuse.search(question)[0]?.item.entryId ?? null;
}
