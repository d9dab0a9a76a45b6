import { cp, mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fixtureKnowledge } from "./knowledgeFixture.js";

export interface KnowledgeCopy {
  readonly dir: string;
  /** The copied qa.yaml (what KNOWLEDGE_FILE points at). */
  readonly file: string;
  /** An empty data folder beside it (DATA_DIR). */
  readonly dataDir: string;
}

/** A fresh copy of the project's own knowledge folder (real file, real article). */
export async function realKnowledgeCopy(): Promise<KnowledgeCopy> {
  const dir = await mkdtemp(join(tmpdir(), "talks-qa-real-"));
  await cp(join(import.meta.dirname, "..", "..", "knowledge"), dir, { recursive: true });
  return { dir, file: join(dir, "qa.yaml"), dataDir: join(dir, "data") };
}

/** A fresh copy of the small fixture knowledge, with `edit` applied to qa.yaml. */
export async function fixtureKnowledgeCopy(edit?: (text: string) => string): Promise<KnowledgeCopy> {
  const file = await fixtureKnowledge(edit);
  const dir = join(file, "..");
  return { dir, file, dataDir: join(dir, "data") };
}

/** Environment for a spawned CLI working on the copy. */
export function copyEnv(copy: KnowledgeCopy): NodeJS.ProcessEnv {
  return { KNOWLEDGE_FILE: copy.file, DATA_DIR: copy.dataDir };
}
