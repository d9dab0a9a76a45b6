import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";

/** What `npm run build` compiles (tsconfig.build.json), and the settings it compiles them with. */
const SOURCE_FOLDERS = ["src", "commands"];
const SETTINGS = ["tsconfig.json", "tsconfig.build.json"];

/**
 * Whether `dist/` holds the compiled form of the sources as they are now: every TypeScript file of
 * src/ and commands/ has its JavaScript in dist/, written after the file and after the compiler's
 * settings last changed. Modification times only (a few hundred `stat`s, a few milliseconds): a
 * checkout, an edit or a new file makes it stale, and `npm start` then runs the sources instead.
 * @param {string} root the project folder
 * @returns {boolean}
 */
export function compiledIsFresh(root) {
  try {
    const settingsChanged = Math.max(...SETTINGS.map((name) => statSync(join(root, name)).mtimeMs));
    return SOURCE_FOLDERS.every((folder) => folderIsCompiled(root, folder, settingsChanged));
  } catch {
    // No dist/ or a compiled file missing: not built (yet).
    return false;
  }
}

/**
 * @param {string} root
 * @param {string} folder relative to root
 * @param {number} settingsChanged
 * @returns {boolean}
 */
function folderIsCompiled(root, folder, settingsChanged) {
  for (const entry of readdirSync(join(root, folder), { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) {
      if (!folderIsCompiled(root, path, settingsChanged)) return false;
    } else if (entry.name.endsWith(".ts") && !entry.name.endsWith(".d.ts")) {
      const compiled = statSync(join(root, "dist", path.replace(/\.ts$/, ".js"))).mtimeMs;
      if (compiled < statSync(join(root, path)).mtimeMs || compiled < settingsChanged) return false;
    }
  }
  return true;
}
