import { Scalar, YAMLMap, YAMLSeq, isMap, isScalar, isSeq } from "yaml";
import { LANGUAGES, type Citation, type Language } from "../types.js";

/** What a moderator gives for an entry; a field left out is not written (and not changed by an edit). */
export interface EntryFields {
  readonly topic?: string | undefined;
  readonly questions?: Partial<Record<Language, readonly string[]>> | undefined;
  readonly answer?: Partial<Record<Language, string>> | undefined;
  readonly citations?: readonly Citation[] | undefined;
}

/** How the file already writes entries, so new text looks like the moderators' own. */
export interface EntryStyle {
  readonly flowQuestions: boolean;
  /** Set when answers are block scalars (`>-`); plain otherwise. */
  readonly answerType: Scalar.Type | undefined;
  /** Set when quotes are written in explicit quotes ('…'). */
  readonly quoteType: Scalar.Type | undefined;
}

/** The style of an existing entry node (the last one in the file is the best guide). */
export function styleOf(entry: unknown): EntryStyle {
  if (!isMap(entry)) return { flowQuestions: false, answerType: undefined, quoteType: undefined };
  const questions = entry.getIn(["questions", "de"], true);
  const answer = entry.getIn(["answer", "de"], true);
  const quote = entry.getIn(["citations", 0, "quote"], true);
  const answerType = isScalar(answer) && answer.type?.startsWith("BLOCK") ? answer.type : undefined;
  // Single quotes are a choice of style; double quotes are usually needed by that one quote only.
  const quoteType = isScalar(quote) && quote.type === "QUOTE_SINGLE" ? quote.type : undefined;
  return { flowQuestions: isSeq(questions) && questions.flow === true, answerType, quoteType };
}

export function questionsNode(questions: readonly string[], flow: boolean): YAMLSeq {
  const seq = new YAMLSeq();
  seq.items = questions.map((question) => new Scalar(question));
  seq.flow = flow;
  return seq;
}

export function textNode(text: string, type: Scalar.Type | undefined): Scalar {
  const scalar = new Scalar(text);
  if (type !== undefined) scalar.type = type;
  return scalar;
}

export function citationsNode(citations: readonly Citation[], style: EntryStyle): YAMLSeq {
  const seq = new YAMLSeq();
  seq.items = citations.map(({ paragraph, quote }) => {
    const map = new YAMLMap();
    map.set("paragraph", new Scalar(paragraph));
    map.set("quote", textNode(quote, style.quoteType));
    return map;
  });
  return seq;
}

/** A new entry in the file's key order; fields not given stay out, so validation names them. */
export function entryNode(id: string, fields: EntryFields, style: EntryStyle): YAMLMap {
  const map = new YAMLMap();
  map.set("id", new Scalar(id));
  if (fields.topic !== undefined) map.set("topic", new Scalar(fields.topic));
  const questions = fields.questions;
  if (questions !== undefined && LANGUAGES.some((l) => questions[l] !== undefined)) {
    const byLanguage = new YAMLMap();
    for (const language of LANGUAGES) {
      const list = questions[language];
      if (list !== undefined) byLanguage.set(language, questionsNode(list, style.flowQuestions));
    }
    map.set("questions", byLanguage);
  }
  const answer = fields.answer;
  if (answer !== undefined && LANGUAGES.some((l) => answer[l] !== undefined)) {
    const byLanguage = new YAMLMap();
    for (const language of LANGUAGES) {
      const text = answer[language];
      if (text !== undefined) byLanguage.set(language, textNode(text, style.answerType));
    }
    map.set("answer", byLanguage);
  }
  if (fields.citations !== undefined) map.set("citations", citationsNode(fields.citations, style));
  return map;
}
