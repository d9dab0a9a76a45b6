/** One replacement in the original text: `text[start, end)` becomes `text`. */
export interface Splice {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/**
 * Applies splices to the text they were computed on. Later ones go first so earlier offsets stay
 * valid; at the same offset the one registered first ends up first.
 */
export function applySplices(text: string, splices: readonly Splice[]): string {
  const ordered = splices.map((splice, order) => ({ ...splice, order })).sort((a, b) => b.start - a.start || b.order - a.order);
  let out = text;
  let limit = text.length;
  for (const splice of ordered) {
    // Overlapping splices would mean two edits claim the same text: a bug, never a moderator's input.
    if (splice.end > limit) throw new Error(`overlapping edits at offset ${splice.start}`);
    out = out.slice(0, splice.start) + splice.text + out.slice(splice.end);
    limit = splice.start;
  }
  return out;
}

/** The offset where the line holding `offset` starts. */
export function lineStart(text: string, offset: number): number {
  return text.lastIndexOf("\n", offset - 1) + 1;
}

/**
 * The end of a node as whole lines: yaml's node end may stop in the indentation of the next line
 * (after a trailing comment), which belongs to the next node, or mid-line before a line break.
 */
export function endOfLines(text: string, offset: number): number {
  const start = lineStart(text, offset);
  return /^[ \t]*$/.test(text.slice(start, offset)) ? start : nextLine(text, offset);
}

/** The offset of the line after the one that starts at `offset`. */
export function nextLine(text: string, offset: number): number {
  const newline = text.indexOf("\n", offset);
  return newline < 0 ? text.length : newline + 1;
}

export function columnOf(text: string, offset: number): number {
  return offset - lineStart(text, offset);
}

/** Whether the line starting at `offset` holds nothing but whitespace. */
export function isBlankLine(text: string, offset: number): boolean {
  if (offset >= text.length) return false;
  return /^[ \t]*\r?\n?$/.test(text.slice(offset, nextLine(text, offset)));
}

/** Shifts rendered YAML right by `column` spaces; blank lines stay empty. */
export function indent(rendered: string, column: number, firstLine: boolean): string {
  const pad = " ".repeat(column);
  return rendered
    .split("\n")
    .map((line, index) => (line.length === 0 || (index === 0 && !firstLine) ? line : pad + line))
    .join("\n");
}
