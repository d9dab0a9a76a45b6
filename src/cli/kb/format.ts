import type { HistoryRecord } from "../../knowledge/store/history.js";
import type { Knowledge } from "../../knowledge/types.js";

/** `kb list`: one line per entry, id first so it can be copied into `kb show`. */
export function entryList(knowledge: Knowledge): string[] {
  const width = Math.max(...knowledge.entries.map((entry) => entry.id.length));
  return knowledge.entries.map(
    (entry) => `${entry.id.padEnd(width)}  [${entry.topic}]  ${entry.questions.de[0]!} | ${entry.questions.en[0]!}`,
  );
}

/** `kb history`: who, when and what, the short diff indented below. */
export function historyLines(records: readonly HistoryRecord[]): string[] {
  if (records.length === 0) return ["No changes recorded yet."];
  return records.flatMap((record) => [
    `#${record.seq}  ${record.at.slice(0, 16).replace("T", " ")} UTC  ${record.author}  ${record.action}`,
    ...record.diff.split("\n").map((line) => `    ${line}`),
  ]);
}
