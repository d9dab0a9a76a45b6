import { createAnswerer, type Answerer } from "../../src/answering/answerer.js";
import { loadKnowledge } from "../../src/knowledge/load.js";
import type { Knowledge } from "../../src/knowledge/types.js";

let cached: Promise<Knowledge> | undefined;

/** The project's own knowledge/qa.yaml, loaded once per test file. */
export function realKnowledge(): Promise<Knowledge> {
  cached ??= loadKnowledge("knowledge/qa.yaml").then((result) => {
    if (!result.ok) throw new Error(`knowledge/qa.yaml does not load: ${result.problems.map((p) => p.message).join("; ")}`);
    return result.knowledge;
  });
  return cached;
}

export async function realAnswerer(): Promise<Answerer> {
  return createAnswerer(await realKnowledge());
}
