import { Document, Pair, Scalar, YAMLMap, YAMLSeq, isCollection, isMap, isNode, isScalar, isSeq, type Node } from "yaml";
import { applySplices, columnOf, endOfLines, indent, isBlankLine, lineStart, nextLine, type Splice } from "./textRange.js";

export type YamlPath = readonly (string | number)[];

/**
 * Edits YAML text through its `yaml` Document while leaving every byte it does not edit as the
 * moderators wrote it. `Document.toString()` alone would keep comments but re-wrap long flow
 * lists and folded answers all over the file, so only the smallest enclosing block-style pair
 * (or list item) is rendered again and spliced into the original text.
 */
export interface YamlEditor {
  /** Sets the value at `path` (creating missing mappings); `undefined` removes the key. */
  set(path: YamlPath, value: Node | undefined): void;
  /** Adds an item at the end of the list at `path`. */
  append(path: YamlPath, item: Node): void;
  /** Removes one item of the list at `path`, with one blank line around it if there is one. */
  removeItem(path: YamlPath, index: number): void;
  /** The text with every edit applied. */
  text(): string;
}

/** Room for answers: moderators wrap the knowledge file at about 100 columns. */
const LINE_WIDTH = 100;

/** `document` must have been parsed from `source`: the editor splices at its nodes' ranges. */
export function createYamlEditor(source: string, document: Document): YamlEditor {
  const eol = source.includes("\r\n") ? "\r\n" : "\n";
  const fixed: Splice[] = [];
  let whole = false;
  // Rendered last, after every mutation, so several edits under one pair render once, together.
  // Keyed by where the pair starts in the source: a pair keeps its original span when edited twice.
  const roots = new Map<string, { start: number; end: number; render: () => string }>();
  const at = (path: YamlPath): unknown => (path.length === 0 ? document.contents : document.getIn(path, true));
  const endOfPair = (pair: Pair): number => roots.get(String(rangeOf(pair.key)?.[0]))?.end ?? endOfLines(source, endOf(pair));

  const set = (path: YamlPath, value: Node | undefined): void => {
    const depth = renderDepth(at, path);
    if (depth < 0) {
      // No block mapping to anchor on (a file in flow style): the whole document is rendered.
      mutate(document, path, value);
      whole = true;
      return;
    }
    const parent = at(path.slice(0, depth)) as YAMLMap;
    const rootPath = path.slice(0, depth + 1);
    if (depth > 0 && rangeOf(parent) === undefined) {
      // A mapping this editor created: it is rendered whole where it was inserted.
      mutate(document, path, value);
      return;
    }
    const key = path[depth] as string;
    const pair = parent.items.find((item) => keyName(item.key) === key);
    const keyRange = rangeOf(pair?.key);
    if (pair === undefined || keyRange === undefined) {
      if (value === undefined) return;
      const placed = parent.items.filter((item) => rangeOf(item.key) !== undefined);
      const first = rangeOf(placed[0]?.key);
      const last = placed.at(-1);
      const column = first === undefined ? 0 : columnOf(source, first[0]);
      const insertAt = last === undefined ? source.length : endOfPair(last);
      mutate(document, path, value);
      const node = at(rootPath);
      roots.set(`insert:${insertAt}:${key}`, {
        start: insertAt,
        end: insertAt,
        render: () => indent(renderPair(key, node, column), column, true),
      });
      return;
    }
    const start = keyRange[0];
    const end = endOfPair(pair);
    if (value === undefined && depth === path.length - 1) {
      mutate(document, path, value);
      roots.set(`${start}`, { start: lineStart(source, start), end, render: () => "" });
      return;
    }
    if (depth === path.length - 1 && value !== undefined) keepComments(pair.value, value);
    mutate(document, path, value);
    const node = at(rootPath);
    const column = columnOf(source, start);
    roots.set(`${start}`, { start, end, render: () => indent(renderPair(pair.key, node, column), column, false) });
  };

  const append = (path: YamlPath, item: Node): void => {
    const list = at(path);
    const last = isSeq(list) ? rangeOf(list.items.at(-1)) : undefined;
    if (!isSeq(list) || list.flow === true || last === undefined) {
      const next = new YAMLSeq();
      next.items = isSeq(list) ? [...list.items, item] : [item];
      next.flow = isSeq(list) ? list.flow === true : false;
      set(path, next);
      return;
    }
    const column = columnOf(source, source.lastIndexOf("-", last[0]));
    const insertAt = endOfLines(source, last[1]);
    // Lists whose items are set apart by blank lines (the entries) get one before the new item too.
    const blank = (list.items.at(-1) as Node).spaceBefore === true ? "\n" : "";
    list.items.push(item);
    const seq = new YAMLSeq();
    seq.items = [item];
    fixed.push({ start: insertAt, end: insertAt, text: blank + indent(render(seq, column), column, true) });
  };

  const removeItem = (path: YamlPath, index: number): void => {
    const list = at(path);
    if (!isSeq(list)) return;
    const range = rangeOf(list.items[index]);
    if (list.flow === true || range === undefined) {
      const next = new YAMLSeq();
      next.items = list.items.filter((_, k) => k !== index);
      next.flow = list.flow === true;
      set(path, next);
      return;
    }
    let start = lineStart(source, range[0]);
    let end = endOfLines(source, range[1]);
    // Entries are often set apart by one blank line: take one with the item so none doubles up.
    if (isBlankLine(source, end)) end = nextLine(source, end);
    else if (start > 0 && isBlankLine(source, lineStart(source, start - 1))) start = lineStart(source, start - 1);
    list.items.splice(index, 1);
    fixed.push({ start, end, text: "" });
  };

  const text = (): string => {
    if (whole) return document.toString({ lineWidth: LINE_WIDTH }).replace(/\r?\n/g, eol);
    const late = [...roots.values()].map(({ start, end, render }) => ({ start, end, text: render() }));
    const splices = [...fixed, ...late].map((s) => (eol === "\n" ? s : { ...s, text: s.text.replace(/\r?\n/g, eol) }));
    return applySplices(source, splices);
  };

  return { set, append, removeItem, text };
}

/** The deepest key on the path whose mapping is written in block style (-1 if none). */
function renderDepth(at: (path: YamlPath) => unknown, path: YamlPath): number {
  let depth = -1;
  for (let k = 0; k < path.length; k++) {
    const parent = at(path.slice(0, k));
    if (!isCollection(parent) || parent.flow === true) break;
    if (isMap(parent) && typeof path[k] === "string") depth = k;
  }
  return depth;
}

function mutate(document: Document, path: YamlPath, value: Node | undefined): void {
  if (value === undefined) document.deleteIn(path);
  else document.setIn(path, value);
}

/** A replaced value keeps the comments written around it. */
function keepComments(old: unknown, next: Node): void {
  if (!isNode(old)) return;
  if (old.commentBefore !== undefined && old.commentBefore !== null) next.commentBefore = old.commentBefore;
  if (old.comment !== undefined && old.comment !== null) next.comment = old.comment;
}

function keyName(key: unknown): unknown {
  return isScalar(key) ? key.value : key;
}

/** Where a pair ends in the source: after its value (and the value's own comment), or its key. */
function endOf(pair: Pair): number {
  return (rangeOf(pair.value) ?? rangeOf(pair.key) ?? [0, 0, 0])[2];
}

function rangeOf(node: unknown): readonly [number, number, number] | undefined {
  return isNode(node) && node.range ? node.range : undefined;
}

/**
 * `key: value` rendered on its own. The key's own leading comment and blank line stand before the
 * spliced range, so they are left out here rather than written twice.
 */
function renderPair(key: unknown, value: unknown, column: number): string {
  const bareKey = new Scalar(keyName(key));
  if (isScalar(key) && key.type !== undefined) bareKey.type = key.type;
  const map = new YAMLMap();
  map.items.push(new Pair(bareKey, value));
  return render(map, column);
}

function render(contents: Node, column: number): string {
  const document = new Document();
  document.contents = contents;
  return document.toString({ lineWidth: Math.max(40, LINE_WIDTH - column), minContentWidth: 20, flowCollectionPadding: false });
}
