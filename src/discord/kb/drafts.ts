import { randomBytes } from "node:crypto";
import type { Language } from "../../knowledge/types.js";
import type { EntryForm } from "./entryForm.js";

/** What a moderator typed into a form that was refused: "Reopen the form" shows it again. */
export interface FormDraft {
  readonly kind: "form";
  readonly mode: "add" | "edit";
  /** edit: the entry; add: the id asked for, if any. */
  readonly entryId: string | undefined;
  readonly form: EntryForm;
}

/** One unanswered question listed by /kb unanswered, for its "add as a phrasing" and "new entry" buttons. */
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
  put(draft: Draft): string;
  get(key: string): Draft | undefined;
  drop(key: string): void;
}

/** Longer than an interaction token lives (15 min): a form reopened from a refusal may still be in use. */
const TTL_MS = 30 * 60 * 1000;
/** Drafts are small, but nobody may grow the bot's memory without bound by pressing buttons. */
const MAX_DRAFTS = 1000;

/**
 * Drafts live in the memory of the process that made them; a click on their button reaches the
 * same process (a server's interactions go to one shard) unless the bot restarted meanwhile, and
 * then the draft is reported as expired.
 */
export function createDrafts({ ttlMs = TTL_MS, max = MAX_DRAFTS, now = Date.now } = {}): Drafts {
  const drafts = new Map<string, { draft: Draft; expires: number }>();
  const sweep = (): void => {
    for (const [key, { expires }] of drafts) if (expires <= now()) drafts.delete(key);
    // Insertion order is age: the oldest go first.
    for (const key of drafts.keys()) {
      if (drafts.size < max) break;
      drafts.delete(key);
    }
  };
  return {
    put: (draft) => {
      sweep();
      const key = randomBytes(6).toString("base64url");
      drafts.set(key, { draft, expires: now() + ttlMs });
      return key;
    },
    get: (key) => {
      const kept = drafts.get(key);
      return kept === undefined || kept.expires <= now() ? undefined : kept.draft;
    },
    drop: (key) => {
      drafts.delete(key);
    },
  };
}
