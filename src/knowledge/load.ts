import { readFile } from "node:fs/promises";
import { basename, dirname, resolve } from "node:path";
import { metaPathFor, splitParagraphs } from "./article.js";
import type { Problem } from "./problems.js";
import { articleMetaSchema, qaFileSchema, type QaFile } from "./schema.js";
import type { Article, Entry, Knowledge } from "./types.js";
import { validateYaml } from "./validate.js";
import { verifyQa } from "./verify.js";

export type LoadResult =
  | { readonly ok: true; readonly knowledge: Knowledge; readonly warnings: readonly Problem[] }
  | { readonly ok: false; readonly problems: readonly Problem[] };

/** Reads, validates and verifies the knowledge file and the article it names. Never throws. */
export async function loadKnowledge(qaPath: string): Promise<LoadResult> {
  const text = await readText(qaPath);
  if (typeof text !== "string") return { ok: false, problems: [text] };
  return checkKnowledgeText(text, qaPath);
}

/** Validates a proposed text of the knowledge file at `qaPath` (used before any write, too). */
export async function checkKnowledgeText(text: string, qaPath: string): Promise<LoadResult> {
  const file = basename(qaPath);
  const qa = validateYaml(text, file, qaFileSchema);
  if (qa.data === undefined) return { ok: false, problems: qa.problems };

  const articlePath = resolve(dirname(qaPath), qa.data.article);
  const article = await loadArticle(articlePath, qa.source.lineOf(["article"]), file);
  if (!("paragraphs" in article)) return { ok: false, problems: article.problems };

  const problems = verifyQa(qa.data, article.paragraphs, qa.source, file);
  if (problems.some((problem) => problem.severity === "error")) return { ok: false, problems };
  return { ok: true, knowledge: assemble(qa.data, article), warnings: problems };
}

async function loadArticle(articlePath: string, line: number, qaFile: string): Promise<Article | { problems: Problem[] }> {
  const text = await readText(articlePath, { file: qaFile, line, field: "article" });
  if (typeof text !== "string") return { problems: [text] };
  const paragraphs = splitParagraphs(text);
  const metaPath = metaPathFor(articlePath);
  const metaText = await readText(metaPath);
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
  return { paragraphs, meta: note === undefined ? rest : { ...rest, note } };
}

async function readText(
  path: string,
  at: { file: string; line: number; field: string } = { file: basename(path), line: 0, field: "" },
): Promise<string | Problem> {
  try {
    return await readFile(path, "utf8");
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === "ENOENT" ? "file not found" : (error as Error).message;
    return { severity: "error", ...at, message: `cannot read ${path}: ${reason}` };
  }
}

function assemble(data: QaFile, article: Article): Knowledge {
  const entries: Entry[] = data.entries.map((entry) => ({
    id: entry.id,
    topic: entry.topic,
    questions: entry.questions,
    answer: entry.answer,
    citations: entry.citations,
    keywords: entry.keywords ?? [],
    related: entry.related ?? [],
  }));
  return { article, topics: data.topics, entries, synonyms: data.synonyms ?? [] };
}
