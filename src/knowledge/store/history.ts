import { createHash } from "node:crypto";
import { mkdir, readFile, readdir, rm } from "node:fs/promises";
import { join } from "node:path";
import { z } from "zod";
import { writeFileAtomic } from "./write.js";

/**
 * The knowledge history: for every accepted change, the file as it was before (`000042.yaml`) and
 * who, when and what (`000042.json`, written second, so a record exists only once its text does).
 * Written only under the knowledge file's lock.
 */
const recordSchema = z.object({
  seq: z.number().int().positive(),
  at: z.string(),
  author: z.string(),
  action: z.string(),
  diff: z.string(),
  beforeHash: z.string(),
  afterHash: z.string(),
  /** Set on the record of an undo: the change it undid. */
  undoOf: z.number().int().positive().optional(),
});

export type HistoryRecord = Readonly<z.infer<typeof recordSchema>>;

export interface NewRecord {
  readonly author: string;
  readonly action: string;
  readonly diff: string;
  readonly before: string;
  readonly after: string;
  readonly at: Date;
  readonly undoOf?: number | undefined;
}

export function historyFolder(dataDir: string): string {
  return join(dataDir, "history");
}

export function textHash(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

/** Every readable record, newest first; a damaged one is skipped rather than blocking `kb`. */
export async function listHistory(folder: string): Promise<HistoryRecord[]> {
  const records: HistoryRecord[] = [];
  for (const seq of await seqsIn(folder, ".json")) {
    try {
      const parsed = recordSchema.safeParse(JSON.parse(await readFile(fileOf(folder, seq, ".json"), "utf8")));
      if (parsed.success) records.push(parsed.data);
    } catch {
      // Unreadable or half-copied by hand: not a version `undo` can rely on.
    }
  }
  return records.sort((a, b) => b.seq - a.seq);
}

export async function recordChange(folder: string, change: NewRecord): Promise<HistoryRecord> {
  await mkdir(folder, { recursive: true });
  const taken = [...(await seqsIn(folder, ".json")), ...(await seqsIn(folder, ".yaml"))];
  const seq = Math.max(0, ...taken) + 1;
  const record: HistoryRecord = {
    seq,
    at: change.at.toISOString(),
    author: change.author,
    action: change.action,
    diff: change.diff,
    beforeHash: textHash(change.before),
    afterHash: textHash(change.after),
    ...(change.undoOf === undefined ? {} : { undoOf: change.undoOf }),
  };
  await writeFileAtomic(fileOf(folder, seq, ".yaml"), change.before);
  await writeFileAtomic(fileOf(folder, seq, ".json"), `${JSON.stringify(record, null, 2)}\n`);
  return record;
}

/** The knowledge file as it was before change `seq`. */
export function textBefore(folder: string, seq: number): Promise<string> {
  return readFile(fileOf(folder, seq, ".yaml"), "utf8");
}

export async function dropRecords(folder: string, seqs: readonly number[]): Promise<void> {
  await Promise.all(seqs.flatMap((seq) => [".json", ".yaml"].map((ext) => rm(fileOf(folder, seq, ext), { force: true }))));
}

/** Keeps the newest `keep` records (and whatever is left of a half-written one among them). */
export async function pruneHistory(folder: string, keep: number): Promise<void> {
  const seqs = [...new Set([...(await seqsIn(folder, ".json")), ...(await seqsIn(folder, ".yaml"))])].sort((a, b) => b - a);
  await dropRecords(folder, seqs.slice(keep));
}

function fileOf(folder: string, seq: number, ext: string): string {
  return join(folder, `${String(seq).padStart(6, "0")}${ext}`);
}

async function seqsIn(folder: string, ext: string): Promise<number[]> {
  const names = await readdir(folder).catch(() => [] as string[]);
  const pattern = new RegExp(`^(\\d+)\\${ext}$`);
  return names.flatMap((name) => {
    const match = pattern.exec(name);
    return match === null ? [] : [Number(match[1])];
  });
}
