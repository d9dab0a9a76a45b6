import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { deserialize, serialize } from "node:v8";
import { DEFAULT_MAX_BYTES, loadKnowledge, type LoadOptions, type LoadResult } from "./load.js";
import { codeDigest, unchanged, type SourceRead } from "./sources.js";
import type { Problem } from "./problems.js";
import type { Knowledge } from "./types.js";

/**
 * Bumped when the snapshot's own layout changes; the loader's code is fingerprinted apart. 3: the
 * texts' readings (3 MB, read back at every start) gave way to the built index.
 */
const FORMAT = 3;

interface Snapshot {
  readonly format: number;
  /** The loader's code that made it: another version of the checks may judge the same files otherwise. */
  readonly code: string;
  readonly qaPath: string;
  readonly maxBytes: number;
  readonly sources: readonly SourceRead[];
  readonly knowledge: Knowledge;
  readonly warnings: readonly Problem[];
  /** What later stages derived from this knowledge, each under the key of the code that made it. */
  readonly attachments: Readonly<Record<string, { readonly key: string; readonly value: unknown }>>;
}

export interface SnapshotLoad {
  readonly result: LoadResult;
  /** `used`: the files were unchanged and not read again; `written`: loaded and kept; or why it was not kept. */
  readonly snapshot: "used" | "written" | "not kept: the knowledge has problems" | `not kept: ${string}`;
  /** What was attached to this knowledge's snapshot under `name` by code of the same `key`, if anything. */
  attachment(name: string, key: string): unknown;
  /** Keeps `value` with the snapshot (for the next start); resolves with what happened, never rejects. */
  attach(name: string, key: string, value: unknown): Promise<string>;
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
      return kit({ ok: true, knowledge, warnings, sources }, "used", snapshotPath, kept);
    }
  }
  const result = await loadKnowledge(qaPath, options);
  if (!result.ok) return kit(result, "not kept: the knowledge has problems", snapshotPath, undefined);
  const snapshot: Snapshot = {
    format: FORMAT,
    ...key,
    sources: result.sources,
    knowledge: result.knowledge,
    warnings: result.warnings,
    attachments: {},
  };
  const written = await writeSnapshot(snapshotPath, snapshot);
  return kit(result, written, snapshotPath, written === "written" ? snapshot : undefined);
}

function kit(result: LoadResult, status: SnapshotLoad["snapshot"], path: string, current: Snapshot | undefined): SnapshotLoad {
  let snapshot = current;
  return {
    result,
    snapshot: status,
    attachment: (name, key) => {
      const found = snapshot?.attachments[name];
      return found?.key === key ? found.value : undefined;
    },
    attach: async (name, key, value) => {
      if (snapshot === undefined) return "not kept: there is no snapshot of this knowledge";
      snapshot = { ...snapshot, attachments: { ...snapshot.attachments, [name]: { key, value } } };
      return writeSnapshot(path, snapshot);
    },
  };
}

async function writeSnapshot(path: string, snapshot: Snapshot): Promise<"written" | `not kept: ${string}`> {
  try {
    await mkdir(dirname(path), { recursive: true });
    // Written aside and renamed over: a start that reads it meanwhile sees the old one or the new one.
    const temporary = `${path}.${process.pid}.tmp`;
    await writeFile(temporary, serialize(snapshot));
    await rename(temporary, path);
    return "written";
  } catch (error) {
    return `not kept: ${(error as Error).message}`;
  }
}

async function readSnapshot(path: string): Promise<Snapshot | undefined> {
  try {
    const value = deserialize(await readFile(path)) as Partial<Snapshot> | null;
    return value?.format === FORMAT && Array.isArray(value.sources) && typeof value.attachments === "object" ? (value as Snapshot) : undefined;
  } catch {
    // Missing, truncated or from another node: a full load will write a new one.
    return undefined;
  }
}

let loaderDigest: Promise<string> | undefined;

/** The loader's own code (this folder): another version of the checks may judge the same files otherwise. */
function loaderCode(): Promise<string> {
  loaderDigest ??= codeDigest(dirname(fileURLToPath(import.meta.url)));
  return loaderDigest;
}
