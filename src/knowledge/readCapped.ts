import { open } from "node:fs/promises";

/**
 * The default cap on every knowledge file (`KNOWLEDGE_MAX_BYTES`). A generated knowledge of 20,000
 * entries shaped like the real ones (about 2 KB each, many phrasings) is ~41 MB; 64 MiB leaves room.
 */
export const DEFAULT_MAX_BYTES = 64 * 1024 * 1024;

const CHUNK_BYTES = 1024 * 1024;

/**
 * The file's text, or undefined when it holds more than `maxBytes`. A regular file that is too big
 * is refused unread; the size is not trusted beyond that (`/dev/zero`, a pipe or a growing file say
 * something else than what a read returns), so reading stops one chunk past the cap.
 */
export async function readCapped(path: string, maxBytes: number): Promise<string | undefined> {
  const handle = await open(path, "r");
  try {
    if ((await handle.stat()).size > maxBytes) return undefined;
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const { bytesRead, buffer } = await handle.read({ buffer: Buffer.alloc(CHUNK_BYTES) });
      if (bytesRead === 0) break;
      total += bytesRead;
      if (total > maxBytes) return undefined;
      chunks.push(buffer.subarray(0, bytesRead));
    }
    return Buffer.concat(chunks, total).toString("utf8");
  } finally {
    await handle.close();
  }
}
