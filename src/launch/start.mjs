import { join } from "node:path";
import process from "node:process";
import { compiledIsFresh } from "./compiledIsFresh.mjs";

// `npm start`: the compiled bot when dist/ matches the sources (`npm install` builds it, see the
// `prepare` script), because tsx's loader and compiling ~200 files on the fly cost half a second
// of every start; the sources through tsx otherwise, so an edit is live without a build.
const root = join(import.meta.dirname, "..", "..");
if (compiledIsFresh(root)) {
  await import("../../dist/src/main.js");
} else {
  try {
    await import("tsx");
  } catch {
    // A production install pruned of development packages, with sources newer than its build.
    process.stderr.write("The sources changed since the last build, and tsx is not installed to run them: run npm run build.\n");
    process.exit(1);
  }
  // A shard process (SHARDS) runs main.ts with this process's node options: it needs tsx too.
  process.execArgv.push("--import", "tsx");
  await import("../main.ts");
}
