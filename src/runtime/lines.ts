import type { Readable } from "node:stream";
import { StringDecoder } from "node:string_decoder";

/**
 * Yields the lines of a stream: a line ends at "\n" only (one trailing "\r" is removed), so
 * "\r", U+2028 and the like stay inside the question. A last line without "\n" still counts.
 */
export async function* readLines(input: Readable): AsyncGenerator<string> {
  const decoder = new StringDecoder("utf8");
  let pending = "";
  for await (const chunk of input) {
    pending += typeof chunk === "string" ? chunk : decoder.write(chunk as Buffer);
    let end = pending.indexOf("\n");
    while (end >= 0) {
      yield stripCarriageReturn(pending.slice(0, end));
      pending = pending.slice(end + 1);
      end = pending.indexOf("\n");
    }
  }
  pending += decoder.end();
  if (pending.length > 0) yield stripCarriageReturn(pending);
}

function stripCarriageReturn(line: string): string {
  return line.endsWith("\r") ? line.slice(0, -1) : line;
}
