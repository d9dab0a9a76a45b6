import { randomBytes } from "node:crypto";
import { mkdir, readFile, readdir, rename, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { z } from "zod";
import { LANGUAGES, type Language } from "../../knowledge/types.js";
import type { EntryForm } from "./entryForm.js";

/** What a moderator typed into a form that was refused: "Reopen the form" shows it again. */
export interface FormDraft {
  readonly kind: "form";
  readonly mode: "add" | "edit";
  /** edit: the entry; add: the id asked for, if any. */
  readonly entryId: string | undefined;
  readonly form: EntryForm;
}

/** One unanswered question listed by /kb unanswered, for its "add as a phrasing", "new entry" and "out of scope" buttons. */
export interface QuestionDraft {
  readonly kind: "question";
  readonly question: string;
  readonly language: Language;
  /** The closest entry and its topic, if any entry shares a word with the question. */
  readonly entryId: string | undefined;
  readonly topic: string | undefined;
}

export type Draft = FormDraft | QuestionDraft;

export interface Drafts {
  /** Keeps a draft and returns its key (8 characters, fit for a custom id). */
  put(draft: Draft): Promise<string>;
  /** The draft kept under `key`; undefined when there is none, it expired, or its file is not one. */
  get(key: string): Promise<Draft | undefined>;
}

/** A moderator may come back to a list or a refused form later the same day, after a restart too. */
const TTL_MS = 24 * 60 * 60 * 1000;
/** Drafts are small, but nobody may fill the disk by pressing buttons. */
const MAX_DRAFTS = 1000;
/** What randomBytes(6) gives in base64url; anything else is not a key (and never a path). */
const KEY = /^[\w-]{8}$/;

const text = z.string();
const optionalText = text.nullish().transform((value) => value ?? undefined);
const draftSchema = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("form"),
    mode: z.enum(["add", "edit"]),
    entryId: optionalText,
    form: z.object({ questionsDe: text, questionsEn: text, answerDe: text, answerEn: text, source: text }),
  }),
  z.object({
    kind: z.literal("question"),
    question: text,
    language: z.enum(LANGUAGES),
    entryId: optionalText,
    topic: optionalText,
  }),
]);
const keptSchema = z.object({ expires: z.number(), draft: draftSchema });

export interface DraftsOptions {
  /** The folder the drafts are kept in (`DATA_DIR/drafts`), made when the first draft is kept. */
  readonly dir: string;
  readonly ttlMs?: number;
  readonly max?: number;
  readonly now?: () => number;
}

/**
 * Drafts kept on disk, one small file each (readable by the bot only), so that a button made
 * before a restart, or by another shard process of the same bot, still finds its draft. Each
 * expires after `ttlMs`; a file that is not a draft (damaged, edited) counts as expired.
 */
export function createDrafts({ dir, ttlMs = TTL_MS, max = MAX_DRAFTS, now = Date.now }: DraftsOptions): Drafts {
  const path = (key: string): string => join(dir, `${key}.json`);
  const read = async (key: string): Promise<z.infer<typeof keptSchema> | undefined> => {
    try {
      const parsed = keptSchema.safeParse(JSON.parse(await readFile(path(key), "utf8")));
      return parsed.success ? parsed.data : undefined;
    } catch {
      return undefined;
    }
  };
  // Expired drafts go, then the oldest beyond `max - 1`, making room for the one being kept.
  const sweep = async (): Promise<void> => {
    const keys = (await readdir(dir)).filter((name) => name.endsWith(".json")).map((name) => name.slice(0, -5));
    const kept = await Promise.all(keys.map(async (key) => ({ key, expires: (await read(key))?.expires ?? -Infinity })));
    const live = kept.filter((k) => k.expires > now()).sort((a, b) => a.expires - b.expires);
    const gone = [...kept.filter((k) => k.expires <= now()), ...live.slice(0, Math.max(0, live.length - (max - 1)))];
    await Promise.all(gone.map(({ key }) => rm(path(key), { force: true })));
  };
  return {
    put: async (draft) => {
      await mkdir(dir, { recursive: true, mode: 0o700 });
      await sweep();
      const key = randomBytes(6).toString("base64url");
      // Written whole, then renamed: a reader in another process never sees half a draft.
      const partial = join(dir, `${key}.${process.pid}.partial`);
      await writeFile(partial, JSON.stringify({ expires: now() + ttlMs, draft }), { mode: 0o600 });
      await rename(partial, path(key));
      return key;
    },
    get: async (key) => {
      if (!KEY.test(key)) return undefined;
      const kept = await read(key);
      return kept === undefined || kept.expires <= now() ? undefined : kept.draft;
    },
  };
}
