import { structuredPatch } from "diff";

/** Enough to recognise a change in `kb history`; the full previous text is kept beside it. */
const MAX_DIFF_LINES = 12;
const MAX_LINE_LENGTH = 160;

/** The changed lines only ("-old" / "+new", each hunk headed by its line number), cut short. */
export function shortDiff(before: string, after: string, maxLines = MAX_DIFF_LINES): string {
  const patch = structuredPatch("before", "after", before, after, "", "", { context: 0 });
  const lines: string[] = [];
  for (const hunk of patch.hunks) {
    lines.push(`@@ line ${hunk.newStart}`);
    for (const line of hunk.lines) if (!line.startsWith("\\")) lines.push(clip(line));
  }
  if (lines.length <= maxLines) return lines.join("\n");
  return [...lines.slice(0, maxLines), `… ${lines.length - maxLines} more lines`].join("\n");
}

function clip(line: string): string {
  return line.length > MAX_LINE_LENGTH ? `${line.slice(0, MAX_LINE_LENGTH - 1)}…` : line;
}
