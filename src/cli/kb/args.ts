import { parseArgs } from "node:util";
import type { EntryFields } from "../../knowledge/store/edits.js";
import type { Citation, Language } from "../../knowledge/types.js";

const OPTIONS = {
  id: { type: "string" },
  topic: { type: "string" },
  "question-de": { type: "string", multiple: true },
  "question-en": { type: "string", multiple: true },
  "answer-de": { type: "string" },
  "answer-en": { type: "string" },
  paragraph: { type: "string", multiple: true },
  quote: { type: "string", multiple: true },
  "drop-references": { type: "boolean" },
  limit: { type: "string" },
  help: { type: "boolean", short: "h" },
} as const;

export type KbValues = ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>>["values"];

export type Parsed<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly message: string };

export interface KbArgs {
  readonly verb: string | undefined;
  /** The entry id of `show`, `edit`, `remove` and `add-question`. */
  readonly target: string | undefined;
  readonly extra: readonly string[];
  readonly values: KbValues;
}

export function parseKbArgs(argv: readonly string[]): Parsed<KbArgs> {
  try {
    const { values, positionals } = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
    const [verb, target, ...extra] = positionals;
    return { ok: true, value: { verb, target, extra, values } };
  } catch (error) {
    // Node's own text says which option and how to fix it (e.g. a quote starting with "-").
    return { ok: false, message: (error as Error).message };
  }
}

/** The entry fields given on the command line; `--paragraph N --quote "…"` pair up in order. */
export function entryFieldsOf(values: KbValues): Parsed<EntryFields> {
  const paragraphs = values.paragraph ?? [];
  const quotes = values.quote ?? [];
  if (paragraphs.length !== quotes.length) {
    return {
      ok: false,
      message: `give --paragraph and --quote in pairs (got ${paragraphs.length} paragraphs, ${quotes.length} quotes)`,
    };
  }
  const citations: Citation[] = [];
  for (const [k, paragraph] of paragraphs.entries()) {
    if (!/^\s*\d+\s*$/.test(paragraph) || Number(paragraph) < 1) {
      return { ok: false, message: `--paragraph must be a paragraph number (1, 2, …), not "${paragraph}"` };
    }
    citations.push({ paragraph: Number(paragraph), quote: quotes[k]! });
  }
  const questions = byLanguage(values["question-de"], values["question-en"]);
  const answer = byLanguage(values["answer-de"], values["answer-en"]);
  return {
    ok: true,
    value: {
      ...(values.topic === undefined ? {} : { topic: values.topic }),
      ...(questions === undefined ? {} : { questions }),
      ...(answer === undefined ? {} : { answer }),
      ...(citations.length === 0 ? {} : { citations }),
    },
  };
}

/** The one question of `add-question`, with its language. */
export function singleQuestionOf(values: KbValues): Parsed<{ language: Language; question: string }> {
  const given = [
    ...(values["question-de"] ?? []).map((question) => ({ language: "de" as const, question })),
    ...(values["question-en"] ?? []).map((question) => ({ language: "en" as const, question })),
  ];
  const [only] = given;
  if (given.length !== 1 || only === undefined)
    return { ok: false, message: 'give exactly one --question-de "…" or --question-en "…"' };
  return { ok: true, value: only };
}

function byLanguage<T>(de: T | undefined, en: T | undefined): Partial<Record<Language, T>> | undefined {
  if (de === undefined && en === undefined) return undefined;
  return { ...(de === undefined ? {} : { de }), ...(en === undefined ? {} : { en }) };
}
