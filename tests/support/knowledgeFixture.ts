import { copyFile, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

const FIXTURE = join(import.meta.dirname, "..", "fixtures", "kb");

/** Copies the small fixture knowledge to a fresh folder, with `edit` applied to qa.yaml. */
export async function fixtureKnowledge(edit: (text: string) => string = (text) => text): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "talks-qa-kb-"));
  await copyFile(join(FIXTURE, "article.de.txt"), join(dir, "article.de.txt"));
  await copyFile(join(FIXTURE, "article.yaml"), join(dir, "article.yaml"));
  const text = await readFile(join(FIXTURE, "qa.yaml"), "utf8");
  await writeFile(join(dir, "qa.yaml"), edit(text));
  return join(dir, "qa.yaml");
}
