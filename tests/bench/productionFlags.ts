import { readFileSync } from "node:fs";
import { join } from "node:path";

const PACKAGE = join(import.meta.dirname, "..", "..", "package.json");
const ENTRY = "dist/src/main.js";

/**
 * The node options of `npm run start:prod` ("node <options> dist/src/main.js"): the bench runs the
 * compiled bot as production does, so its memory figure is production's.
 */
export function productionNodeFlags(): string[] {
  const scripts = (JSON.parse(readFileSync(PACKAGE, "utf8")) as { scripts: Record<string, string> }).scripts;
  const words = (scripts["start:prod"] ?? "").trim().split(/\s+/);
  if (words[0] !== "node" || words.at(-1) !== ENTRY) {
    throw new Error(`start:prod should read "node [options] ${ENTRY}", not "${scripts["start:prod"]}"`);
  }
  return words.slice(1, -1);
}
