import { LineCounter, isNode, parseDocument, type Document } from "yaml";
import type { Problem } from "./problems.js";

/** Aliases beyond this are refused, so an alias bomb cannot blow up memory. */
const MAX_ALIAS_COUNT = 100;

export interface YamlSource {
  /** The plain data, or undefined when the text is not valid YAML. */
  readonly value: unknown;
  readonly problems: readonly Problem[];
  /** The 1-based line of the node at `path`, or of its nearest existing ancestor. */
  lineOf(path: readonly PropertyKey[]): number;
  readonly document: Document;
}

/** Parses YAML text the safe way (core schema, unique keys, bounded aliases) and keeps positions. */
export function parseYamlSource(text: string, file: string): YamlSource {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false, schema: "core" });
  const problems: Problem[] = [];
  const lineAt = (offset: number): number => lineCounter.linePos(offset).line;
  for (const error of [...document.errors, ...document.warnings]) {
    problems.push({
      severity: "error",
      file,
      line: lineAt(error.pos[0]),
      field: "",
      message: `YAML: ${error.message.split("\n")[0] ?? error.code}`,
    });
  }
  let value: unknown;
  if (problems.length === 0) {
    try {
      value = document.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    } catch (error) {
      problems.push({ severity: "error", file, line: 0, field: "", message: `YAML: ${(error as Error).message}` });
    }
  }
  const lineOf = (path: readonly PropertyKey[]): number => {
    for (let length = path.length; length >= 0; length--) {
      const node = document.getIn(path.slice(0, length) as unknown[], true);
      if (isNode(node) && node.range) return lineAt(node.range[0]);
    }
    return 0;
  };
  return { value, problems, lineOf, document };
}
