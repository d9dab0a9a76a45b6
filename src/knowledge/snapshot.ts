import { mkdir, readFile, readdir, rename, writeFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { deserialize, serialize } from "node:v8";
import { DEFAULT_MAX_BYTES, loadKnowledge, type LoadOptions, type LoadResult } from "./load.js";
import { sha256, unchanged, type SourceRead } from "./sources.js";
import type { Problem } from "./problems.js";
import type { Knowledge } from "./types.js";

/** Bumped when the snapshot's own layout changes; the loader's code is fingerprinted apart. */
const FORMAT = 1;

interface Snapshot {
  readonly format: number;
  /** The loader's code that made it: another version of the checks may judge the same files otherwise. */
  readonly code: string;
  readonly qaPath: string;
  readonly maxBytes: number;
  readonly sources: readonly SourceRead[];
  readonly knowledge: Knowledge;
  readonly warnings: readonly Problem[];
}

export interface SnapshotLoad {
  readonly result: LoadResult;
  /** `used`: the files were unchanged and not read again; `written`: loaded and kept; or why it was not kept. */
  readonly snapshot: "used" | "written" | "not kept: the knowledge has problems" | `not kept: ${string}`;
}

/**
 * `loadKnowledge`, kept between starts: parsing and checking some 750 KB of YAML is half of a
 * start-up, and the files rarely change from one start to the next. The result of a load that
 * succeeded is kept in `snapshotPath` with a SHA-256 of every file it read (and of the loader's
 * code); the next start reads the files again, only to hash them, and takes the kept result when
 * every hash is the same. Any difference, and any trouble with the snapshot, means a full load.
 */
export async function loadKnowledgeWithSnapshot(qaPath: string, snapshotPath: string, options: LoadOptions = {}): Promise<SnapshotLoad> {
  const key = { code: await loaderCode(), qaPath: resolve(qaPath), maxBytes: options.maxBytes ?? DEFAULT_MAX_BYTES };
  const kept = await readSnapshot(snapshotPath);
  if (kept !== undefined && kept.code === key.code && kept.qaPath === key.qaPath && kept.maxBytes === key.maxBytes) {
    const same = await Promise.all(kept.sources.map(unchanged));
    if (same.every(Boolean)) {
      const { knowledge, warnings, sources } = kept;
      return { result: { ok: true, knowledge, warnings, sources }, snapshot: "used" };
    }
  }
  const result = await loadKnowledge(qaPath, options);
  if (!result.ok) return { result, snapshot: "not kept: the knowledge has problems" };
  const snapshot: Snapshot = { format: FORMAT, ...key, sources: result.sources, knowledge: result.knowledge, warnings: result.warnings };
  try {
    await mkdir(dirname(snapshotPath), { recursive: true });
    // Written aside and renamed over: a start that reads it meanwhile sees the old one or the new one.
    const temporary = `${snapshotPath}.${process.pid}.tmp`;
    await writeFile(temporary, serialize(snapshot));
    await rename(temporary, snapshotPath);
    return { result, snapshot: "written" };
  } catch (error) {
    return { result, snapshot: `not kept: ${(error as Error).message}` };
  }
}

async function readSnapshot(path: string): Promise<Snapshot | undefined> {
  try {
    const value = deserialize(await readFile(path)) as Partial<Snapshot> | null;
    return value?.format === FORMAT && Array.isArray(value.sources) ? (value as Snapshot) : undefined;
  } catch {
    // Missing, truncated or from another node: a full load will write a new one.
    return undefined;
  }
}

let codeDigest: Promise<string> | undefined;

/** A SHA-256 of the loader's own files (this folder, .ts from the source or .js when compiled). */
function loaderCode(): Promise<string> {
  codeDigest ??= (async () => {
    const folder = dirname(fileURLToPath(import.meta.url));
    const names = (await readdir(folder, { withFileTypes: true })).filter((entry) => entry.isFile()).map((entry) => entry.name);
    const texts = await Promise.all(names.sort().map(async (name) => `${name}\n${await readFile(join(folder, name), "utf8")}`));
    return sha256(texts.join("\n"));
  })();
  return codeDigest;
}
