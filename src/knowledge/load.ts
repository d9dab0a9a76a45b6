import { basename, dirname, resolve } from "node:path";
import { metaPathFor, splitParagraphs } from "./article.js";
import { DEFAULT_MAX_BYTES, readCapped } from "./readCapped.js";
import type { Problem } from "./problems.js";
import { articleMetaSchema, qaFileSchema, type QaFile } from "./schema.js";
import type { Article, Entry, Knowledge } from "./types.js";
import { readLoosely } from "./looseQa.js";
import { validateYaml } from "./validate.js";
import { verifyQa } from "./verify.js";
import { phrasingsDisplayName, readPhrasingsFolder, type PhrasingsOfEntry } from "./phrasings.js";
import { verifyPhrasings } from "./verifyPhrasings.js";
import { fileSource, type SourceRead } from "./sources.js";

export type LoadResult =
  | {
      readonly ok: true;
      readonly knowledge: Knowledge;
      readonly warnings: readonly Problem[];
      /** What was read from disk, in order: the qa file (when loaded from disk), the article, its meta, the phrasings. */
      readonly sources: readonly SourceRead[];
    }
  | { readonly ok: false; readonly problems: readonly Problem[] };

export interface LoadOptions {
  /** Any file larger than this is refused unread (`KNOWLEDGE_MAX_BYTES`); default DEFAULT_MAX_BYTES. */
  readonly maxBytes?: number;
}

export { DEFAULT_MAX_BYTES } from "./readCapped.js";

/** Reads, validates and verifies the knowledge file and the article it names. Never throws. */
export async function loadKnowledge(qaPath: string, options: LoadOptions = {}): Promise<LoadResult> {
  const text = await readText(qaPath, options);
  if (typeof text !== "string") return { ok: false, problems: [text] };
  const checked = await checkKnowledgeText(text, qaPath, options);
  return checked.ok ? { ...checked, sources: [fileSource(qaPath, text), ...checked.sources] } : checked;
}

/** Validates a proposed text of the knowledge file at `qaPath` (used before any write, too). */
export async function checkKnowledgeText(text: string, qaPath: string, options: LoadOptions = {}): Promise<LoadResult> {
  const file = basename(qaPath);
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  // A proposed text is held to the same cap as a file, so no edit can write a file that would not load.
  if (Buffer.byteLength(text) > maxBytes) return { ok: false, problems: [tooLarge(file, file, maxBytes)] };
  const qa = validateYaml(text, file, qaFileSchema);
  if (qa.source.problems.length > 0) return { ok: false, problems: qa.problems };
  // A file the schema refuses is still checked as far as it can be read: the moderator gets a
  // missing answer and a misquote in one go, not one round each.
  const data = qa.data ?? readLoosely(qa.source.value);
  if (data.article === undefined) return { ok: false, problems: qa.problems };

  const articlePath = resolve(dirname(qaPath), data.article);
  const article = await loadArticle(articlePath, qa.source.lineOf(["article"]), file, options);
  if (!("paragraphs" in article)) return { ok: false, problems: [...qa.problems, ...article.problems] };

  const sources = [...article.sources];
  const verified = verifyQa(data, article.paragraphs, qa.source, file);
  if (qa.data === undefined) return { ok: false, problems: [...qa.problems, ...verified].sort((a, b) => a.line - b.line) };
  const problems = [...verified];
  let bulk: readonly PhrasingsOfEntry[] = [];
  if (qa.data.phrasings !== undefined) {
    const folder = await readPhrasingsFolder(
      resolve(dirname(qaPath), qa.data.phrasings),
      phrasingsDisplayName(qa.data.phrasings),
      maxBytes,
    );
    problems.push(...folder.problems);
    sources.push(...folder.sources);
    bulk = folder.files;
  }
  problems.push(...verifyPhrasings(qa.data, qa.source, file, bulk, article.paragraphs));
  if (problems.some((problem) => problem.severity === "error")) return { ok: false, problems };
  return { ok: true, knowledge: assemble(qa.data, article, bulk), warnings: problems, sources };
}

async function loadArticle(
  articlePath: string,
  line: number,
  qaFile: string,
  options: LoadOptions,
): Promise<(Article & { sources: SourceRead[] }) | { problems: Problem[] }> {
  const text = await readText(articlePath, options, { file: qaFile, line, field: "article" });
  if (typeof text !== "string") return { problems: [text] };
  const paragraphs = splitParagraphs(text);
  const metaPath = metaPathFor(articlePath);
  const metaText = await readText(metaPath, options);
  if (typeof metaText !== "string") return { problems: [metaText] };
  const meta = validateYaml(metaText, basename(metaPath), articleMetaSchema);
  if (meta.data === undefined) return { problems: [...meta.problems] };
  if (meta.data.headline.trim() !== paragraphs[0]) {
    return {
      problems: [
        {
          severity: "error",
          file: basename(metaPath),
          line: meta.source.lineOf(["headline"]),
          field: "headline",
          message: "must be the article's first line (¶1)",
        },
      ],
    };
  }
  const { note, ...rest } = meta.data;
  const sources = [fileSource(articlePath, text), fileSource(metaPath, metaText)];
  return { paragraphs, meta: note === undefined ? rest : { ...rest, note }, sources };
}

async function readText(
  path: string,
  options: LoadOptions,
  at: { file: string; line: number; field: string } = { file: basename(path), line: 0, field: "" },
): Promise<string | Problem> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  try {
    const text = await readCapped(path, maxBytes);
    return text ?? tooLarge(basename(path), at.file, maxBytes, at);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === "ENOENT" ? "file not found" : (error as Error).message;
    return { severity: "error", ...at, message: `cannot read ${path}: ${reason}` };
  }
}

function tooLarge(name: string, file: string, maxBytes: number, at = { line: 0, field: "" }): Problem {
  return {
    severity: "error",
    file,
    line: at.line,
    field: at.field,
    message: `${name} is larger than ${maxBytes} bytes (KNOWLEDGE_MAX_BYTES): refused without reading it`,
  };
}

function assemble(data: QaFile, article: Article, bulk: readonly PhrasingsOfEntry[]): Knowledge {
  const filesOf = new Map(bulk.map((file) => [file.entryId, file]));
  const entries: Entry[] = data.entries.map((entry) => ({
    id: entry.id,
    topic: entry.topic,
    questions: entry.questions,
    answer: entry.answer,
    citations: entry.citations,
    keywords: entry.keywords ?? [],
    related: entry.related ?? [],
    phrasings: filesOf.get(entry.id)?.questions ?? { de: [], en: [] },
    outOfScope: filesOf.get(entry.id)?.outOfScope ?? { de: [], en: [] },
  }));
  const outOfScope = { de: data.outOfScope?.de ?? [], en: data.outOfScope?.en ?? [] };
  return { article: { paragraphs: article.paragraphs, meta: article.meta }, topics: data.topics, entries, synonyms: data.synonyms ?? [], outOfScope };
}
