import { z } from "zod";
import { placeholderIn } from "./placeholder.js";
import { LANGUAGES, type Language } from "./types.js";

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const text = z.string().trim().min(1, "must not be empty");
/** One value for each language, none missing and no other key. */
const localized = <T extends z.ZodType>(value: T) =>
  z.object(Object.fromEntries(LANGUAGES.map((language) => [language, value])) as Record<Language, T>).strict();
const localizedText = localized(text);
/** An answer is sent as it stands: a placeholder left in one would reach people. */
const answerText = text.superRefine((value, context) => {
  const placeholder = placeholderIn(value);
  if (placeholder !== undefined) context.addIssue({ code: "custom", message: `is a placeholder (${placeholder}): write the answer` });
});
const questionList = z.array(text).min(1, "needs at least one question");
const localizedList = z.object({ de: z.array(text).optional(), en: z.array(text).optional() }).strict();

export const citationSchema = z
  .object({
    paragraph: z.number().int().positive(),
    quote: text,
  })
  .strict();

export const entrySchema = z
  .object({
    id: z.string().regex(KEBAB, "must be kebab-case (a-z, 0-9, single hyphens)"),
    topic: text,
    questions: localized(questionList),
    answer: localized(answerText),
    citations: z.array(citationSchema).min(1, "needs at least one citation"),
    keywords: z.array(text).optional(),
    related: z.array(text).optional(),
  })
  .strict();

/** The shape of `qa.yaml` as moderators write it. */
export const qaFileSchema = z
  .object({
    article: text,
    topics: z.record(z.string().regex(KEBAB, "topic ids must be kebab-case"), localizedText),
    synonyms: z.array(z.array(text).min(2, "a synonym group needs two or more members")).optional(),
    /** A folder (relative to this file) of `<entry id>.yaml` files with more phrasings per entry. */
    phrasings: text.optional(),
    entries: z.array(entrySchema).min(1, "needs at least one entry"),
    outOfScope: localizedList.optional(),
  })
  .strict();

/** One file of bulk phrasings (`phrasings/<entry id>.yaml`): more ways to ask for that entry. */
export const phrasingsFileSchema = z
  .object({
    de: z.array(text).optional(),
    en: z.array(text).optional(),
    /** Questions about this entry's subject that the article does not answer (near misses). */
    outOfScope: localizedList.optional(),
  })
  .strict();

/** The article's metadata (`article.yaml` beside the article). */
export const articleMetaSchema = z
  .object({
    headline: text,
    language: z.enum(LANGUAGES),
    dateline: localizedText,
    talks: localizedText,
    note: localizedText.optional(),
  })
  .strict();

export type QaFile = z.infer<typeof qaFileSchema>;
export type EntryInput = z.infer<typeof entrySchema>;
export type PhrasingsFile = z.infer<typeof phrasingsFileSchema>;
