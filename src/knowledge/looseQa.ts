import { z } from "zod";
import { citationSchema } from "./schema.js";
import type { Citation, Language } from "./types.js";

/** An entry as far as it can be read: each field that fails its own shape is left out. */
export interface LooseEntry {
  readonly id?: string | undefined;
  readonly topic?: string | undefined;
  readonly questions?: Partial<Record<Language, readonly (string | undefined)[] | undefined>> | undefined;
  readonly citations?: readonly (Citation | undefined)[] | undefined;
  readonly related?: readonly (string | undefined)[] | undefined;
}

/** The knowledge file as far as it can be read; a valid `QaFile` is one too. */
export interface LooseQa {
  readonly article?: string | undefined;
  readonly topics?: Readonly<Record<string, unknown>> | undefined;
  readonly entries?: readonly (LooseEntry | undefined)[] | undefined;
}

const maybe = <T extends z.ZodType>(schema: T) => schema.optional().catch(undefined);
const listOf = <T extends z.ZodType>(item: T) => z.array(maybe(item)).optional().catch(undefined);

const looseFile = z.object({
  article: maybe(z.string()),
  topics: maybe(z.record(z.string(), z.unknown())),
  entries: listOf(
    z.object({
      id: maybe(z.string()),
      topic: maybe(z.string()),
      questions: maybe(z.object({ de: listOf(z.string()), en: listOf(z.string()) })),
      citations: listOf(citationSchema),
      related: listOf(z.string()),
    }),
  ),
});

/**
 * What the checks beyond the schema can still work on when the schema refuses the file: every
 * part that has its own shape, so one run reports a missing answer and a misquote together.
 */
export function readLoosely(value: unknown): LooseQa {
  const read = looseFile.safeParse(value);
  return read.success ? read.data : {};
}
