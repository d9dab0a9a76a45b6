import type { Answer } from "../answering/types.js";
import { catalogue, withHelpCommand } from "../i18n/index.js";
import type { ArticleMeta } from "../knowledge/types.js";

export interface TextView {
  /** The surface's own help command, which a greeting names (`help` at the console); unset: the core's words. */
  readonly helpCommand?: string;
}

/** The plain-text surface (console and `ask`): the answer, then the quoted passage and its ¶. */
export function renderText(answer: Answer, meta: ArticleMeta, view: TextView = {}): string {
  const labels = catalogue(answer.language).console;
  const lines: string[] = [];
  if (answer.title !== null) lines.push(answer.title, "");
  lines.push(view.helpCommand === undefined ? answer.answer : withHelpCommand(answer.answer, view.helpCommand));
  if (answer.citations.length > 0) {
    lines.push("", `${labels.source}: ${meta.headline}`);
    for (const citation of answer.citations) lines.push(`  ¶${citation.paragraph}: „${citation.quote}“`);
  }
  if (answer.suggestions.length > 0) {
    if (answer.status === "no_match") lines.push("");
    for (const s of answer.suggestions) lines.push(`  • ${s.question}`);
  }
  if (answer.topics.length > 0) lines.push("", `${labels.topics} ${answer.topics.map((t) => t.name).join(", ")}`);
  if (answer.related.length > 0) {
    lines.push("", labels.related);
    for (const s of answer.related) lines.push(`  • ${s.question}`);
  }
  return lines.join("\n");
}
