import { createHash } from "node:crypto";
import { readFile, readdir } from "node:fs/promises";

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
