import { randomBytes } from "node:crypto";
import { open, readdir, realpath, rename, rm, stat } from "node:fs/promises";
import { basename, dirname, join } from "node:path";

/**
 * Replaces a file so that a reader (or a crash) only ever sees the old or the new text: the text
 * goes to a temporary file in the same folder (rename is atomic only within one file system), is
 * flushed to disk, renamed over the file, and the folder is flushed so the rename itself survives
 * a power loss. A symlinked file is replaced at its target.
 */
export async function writeFileAtomic(path: string, text: string): Promise<void> {
  const target = await realpath(path).catch(() => path);
  const dir = dirname(target);
  const temp = join(dir, `${tempPrefix(target)}${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
  const mode = await stat(target).then(
    (s) => s.mode & 0o777,
    () => 0o644,
  );
  const handle = await open(temp, "wx", mode);
  try {
    await handle.writeFile(text, "utf8");
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    await rename(temp, target);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
  await syncFolder(dir);
}

/**
 * Removes temporary files a killed writer left behind. Call only while holding the file's lock:
 * then no other writer can be using one.
 */
export async function removeLeftoverTemps(path: string): Promise<void> {
  const target = await realpath(path).catch(() => path);
  const prefix = tempPrefix(target);
  const names = await readdir(dirname(target)).catch(() => [] as string[]);
  await Promise.all(
    names
      .filter((name) => name.startsWith(prefix) && name.endsWith(".tmp"))
      .map((name) => rm(join(dirname(target), name), { force: true })),
  );
}

/** Hidden, and named after the file, so watchers and `git status` can tell them apart. */
function tempPrefix(target: string): string {
  return `.${basename(target)}.`;
}

async function syncFolder(dir: string): Promise<void> {
  try {
    const handle = await open(dir, "r");
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch (error) {
    // Some platforms (Windows) cannot open or flush a folder; the rename has happened all the same.
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== "EISDIR" && code !== "EPERM" && code !== "EINVAL" && code !== "EACCES") throw error;
  }
}
