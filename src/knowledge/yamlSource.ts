import { Composer, Document, LineCounter, Parser, YAMLParseError, isNode, isScalar, visit, type CST } from "yaml";
import type { Problem } from "./problems.js";

/** Aliases beyond this are refused, so an alias bomb cannot blow up memory. */
const MAX_ALIAS_COUNT = 100;
/**
 * The knowledge nests six levels deep; a hand-written file never needs more than this. Composing a
 * document recurses once per level, and a few thousand levels (a 2 KB file of `[`) overflow the
 * stack — after which V8 can even abort the whole process when it next compiles a regular
 * expression. So depth is measured on the parser's flat token tree first, without recursion.
 */
const MAX_NESTING = 64;

export interface YamlSource {
  /** The plain data, or undefined when the text is not valid YAML. */
  readonly value: unknown;
  readonly problems: readonly Problem[];
  /** The 1-based line of the node at `path`, or of its nearest existing ancestor. */
  lineOf(path: readonly PropertyKey[]): number;
  readonly document: Document;
}

/**
 * Parses YAML text the safe way and keeps positions: the core schema (no `!!js/function`, no
 * `!!python/…`, no custom tags: they are unresolved and refused), bounded nesting, bounded aliases,
 * and unique keys (checked here in linear time: the library's own check compares every key with
 * every other, which takes minutes for a map of a few hundred thousand keys).
 */
export function parseYamlSource(text: string, file: string): YamlSource {
  const lineCounter = new LineCounter();
  const lineAt = (offset: number): number => lineCounter.linePos(offset).line;
  const problem = (offset: number, message: string): Problem => ({
    severity: "error",
    file,
    line: offset < 0 ? 0 : lineAt(offset),
    field: "",
    message: `YAML: ${message}`,
  });
  const tokens = [...new Parser(lineCounter.addNewLine).parse(text)];

  const tooDeep = firstTooDeep(tokens);
  if (tooDeep !== undefined) {
    const problems = [problem(tooDeep, `nested more than ${MAX_NESTING} levels deep`)];
    return { value: undefined, problems, lineOf: () => 0, document: new Document() };
  }

  const document = composeOne(tokens, text.length);
  const problems: Problem[] = [...document.errors, ...document.warnings].map((error) =>
    problem(error.pos[0], error.message.split("\n")[0] ?? error.code),
  );
  problems.push(...duplicateKeys(document).map(({ offset, message }) => problem(offset, message)));
  let value: unknown;
  if (problems.length === 0) {
    try {
      value = document.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    } catch (error) {
      problems.push(problem(-1, (error as Error).message));
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

/** What `parseDocument` does, from tokens already parsed: one document, a second one is an error. */
function composeOne(tokens: readonly CST.Token[], length: number): Document {
  // YAML 1.1's extras stay off even under a `%YAML 1.1` directive: !!binary, !!set, !!timestamp…
  // are not plain data, and `<<` merge keys would let one alias fill many fields unseen.
  const composer = new Composer({
    schema: "core",
    resolveKnownTags: false,
    merge: false,
    uniqueKeys: false,
    prettyErrors: false,
  });
  let document: Document | undefined;
  for (const next of composer.compose(tokens, true, length)) {
    if (document === undefined) document = next;
    else {
      const message = "Source contains more than one document (a second `---`)";
      document.errors.push(new YAMLParseError([next.range[0], next.range[1]], "MULTIPLE_DOCS", message));
      break;
    }
  }
  return document ?? new Document();
}

/** The offset of the first collection nested deeper than MAX_NESTING, found without recursion. */
function firstTooDeep(tokens: readonly CST.Token[]): number | undefined {
  const stack: { token: CST.Token; depth: number }[] = tokens.map((token) => ({ token, depth: 0 }));
  for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
    const { token, depth } = next;
    if (token.type === "document" && token.value !== undefined) stack.push({ token: token.value, depth });
    if (token.type !== "block-map" && token.type !== "block-seq" && token.type !== "flow-collection") continue;
    if (depth + 1 > MAX_NESTING) return token.offset;
    for (const item of token.items as CST.CollectionItem[]) {
      if (item.key) stack.push({ token: item.key, depth: depth + 1 });
      if (item.value) stack.push({ token: item.value, depth: depth + 1 });
    }
  }
  return undefined;
}

/** Every key repeated in its map, as YAML forbids and as the plain data would silently lose. */
function duplicateKeys(document: Document): { offset: number; message: string }[] {
  const found: { offset: number; message: string }[] = [];
  visit(document, {
    Map(_, map) {
      const seen = new Set<string>();
      for (const pair of map.items) {
        if (!isScalar(pair.key)) continue;
        const key = String(pair.key.value);
        if (seen.has(key)) found.push({ offset: pair.key.range?.[0] ?? -1, message: `duplicate key "${key}" (map keys must be unique)` });
        seen.add(key);
      }
    },
  });
  return found;
}
