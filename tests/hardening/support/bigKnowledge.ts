import { readFile } from "node:fs/promises";
import { stringify } from "yaml";
import { parseYamlSource } from "../../../src/knowledge/yamlSource.js";

interface RawEntry {
  id: string;
  questions: Record<string, string[]>;
  related?: string[];
  [field: string]: unknown;
}

/**
 * A knowledge file of `size` entries shaped like the real ones: the real entries again and again,
 * each copy with its own id, its own phrasings (a number appended) and related ids of its own copy.
 * It measures what a big knowledge weighs on disk, so the size cap can be set with evidence.
 */
export async function bigKnowledgeText(size: number, realFile = "knowledge/qa.yaml"): Promise<string> {
  const real = parseYamlSource(await readFile(realFile, "utf8"), "qa.yaml").value as {
    entries: RawEntry[];
    [field: string]: unknown;
  };
  const entries = Array.from({ length: size }, (_, index) => {
    const copy = Math.floor(index / real.entries.length);
    const entry = real.entries[index % real.entries.length]!;
    const suffix = copy === 0 ? "" : `-${copy}`;
    return {
      ...entry,
      id: `${entry.id}${suffix}`,
      questions: Object.fromEntries(
        Object.entries(entry.questions).map(([language, list]) => [language, list.map((q) => (copy === 0 ? q : `${q} ${copy}`))]),
      ),
      related: (entry.related ?? []).map((id) => `${id}${suffix}`),
    };
  });
  // The last, partial copy may name related entries it does not contain.
  const ids = new Set(entries.map((entry) => entry.id));
  for (const entry of entries) entry.related = entry.related.filter((id) => ids.has(id));
  return stringify({ ...real, entries }, { lineWidth: 120, aliasDuplicateObjects: false });
}
