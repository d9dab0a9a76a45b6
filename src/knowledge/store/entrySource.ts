import { isMap, isNode, isSeq } from "yaml";
import { parseYamlSource } from "../yamlSource.js";
import { endOfLines, lineStart } from "./textRange.js";

/**
 * One entry exactly as it is written in the knowledge file, comments included (for `kb show`),
 * or undefined when no entry has that id. Works on a file that does not validate, too.
 */
export function entrySource(text: string, id: string): string | undefined {
  const source = parseYamlSource(text, "");
  const entries = source.document.get("entries", true);
  if (!isSeq(entries)) return undefined;
  const entry = entries.items.find((item) => isMap(item) && String(item.get("id")) === id);
  if (!isNode(entry) || !entry.range) return undefined;
  return text.slice(lineStart(text, entry.range[0]), endOfLines(text, entry.range[1])).replace(/\r?\n$/, "");
}
