import { createHash } from "node:crypto";
import { readFile, readdir } from "node:fs/promises";
import { join, relative } from "node:path";

/**
 * A file, or a folder's listing, that a load read, with the SHA-256 of what it read: a result kept
 * from that load (a snapshot) stands for the files while every source still reads the same.
 */
export interface SourceRead {
  readonly path: string;
  readonly kind: "file" | "folder";
  readonly sha256: string;
}

export function fileSource(path: string, text: string): SourceRead {
  return { path, kind: "file", sha256: sha256(text) };
}

export function folderSource(path: string, names: readonly string[]): SourceRead {
  return { path, kind: "folder", sha256: sha256(names.join("\n")) };
}

/** The names in a folder that a load reads, in the order it reads them: no hidden files. */
export async function listFolder(folder: string): Promise<string[]> {
  return (await readdir(folder)).filter((name) => !name.startsWith(".")).sort();
}

/** Whether the source reads today as it did; a source that cannot be read has changed. */
export async function unchanged(source: SourceRead): Promise<boolean> {
  try {
    const now =
      source.kind === "file" ? fileSource(source.path, await readFile(source.path, "utf8")) : folderSource(source.path, await listFolder(source.path));
    return now.sha256 === source.sha256;
  } catch {
    return false;
  }
}

export function sha256(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

/**
 * A SHA-256 of the code in a folder and below (.ts from the source, .js when compiled): what was
 * derived by one version of that code is not taken for another's.
 */
export async function codeDigest(folder: string): Promise<string> {
  const files = (await readdir(folder, { recursive: true, withFileTypes: true }))
    // A source map changes only with its code: reading it too would double the files a start reads.
    .filter((entry) => entry.isFile() && !entry.name.endsWith(".map"))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
  const texts = await Promise.all(files.map(async (file) => `${relative(folder, file)}\n${await readFile(file, "utf8")}`));
  return sha256(texts.join("\n"));
}

