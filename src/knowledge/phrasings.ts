import { basename, join } from "node:path";
import type { Problem } from "./problems.js";
import { readCapped } from "./readCapped.js";
import { phrasingsFileSchema } from "./schema.js";
import { fileSource, folderSource, listFolder, type SourceRead } from "./sources.js";
import type { Language } from "./types.js";
import { validateYaml } from "./validate.js";
import type { YamlSource } from "./yamlSource.js";

/** The phrasings of one file: `phrasings/<entry id>.yaml`. */
export interface PhrasingsOfEntry {
  readonly entryId: string;
  /** The file's name inside the folder, for problems. */
  readonly file: string;
  readonly questions: Readonly<Record<Language, readonly string[]>>;
  /** Questions about the entry's subject that the article does not answer. */
  readonly outOfScope: Readonly<Record<Language, readonly string[]>>;
  readonly source: YamlSource;
}

export interface PhrasingsFolder {
  readonly files: readonly PhrasingsOfEntry[];
  readonly problems: readonly Problem[];
  /** The listing and the files read from disk (not `overrides`), in the order read. */
  readonly sources: readonly SourceRead[];
}

const FILE_NAME = /^([a-z0-9]+(?:-[a-z0-9]+)*)\.ya?ml$/;

/**
 * Reads every `<entry id>.yaml` of the bulk phrasings folder, in name order. A file that does not
 * parse or fit the schema is a problem located in it; a missing folder is one problem too.
 */
export async function readPhrasingsFolder(
  folder: string,
  displayFolder: string,
  maxBytes: number,
  overrides: ReadonlyMap<string, string> = new Map(),
): Promise<PhrasingsFolder> {
  let names: string[];
  try {
    names = await listFolder(folder);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === "ENOENT" ? "folder not found" : (error as Error).message;
    return { files: [], problems: [problem(displayFolder, 0, "", `cannot read the phrasings folder ${folder}: ${reason}`)], sources: [] };
  }
  const files: PhrasingsOfEntry[] = [];
  const problems: Problem[] = [];
  const sources = [folderSource(folder, names)];
  for (const name of names) {
    const shown = `${displayFolder}/${name}`;
    const match = FILE_NAME.exec(name);
    if (match === null) {
      if (/\.ya?ml$/.test(name)) problems.push(problem(shown, 0, "", "the file name must be an entry id (kebab-case) with .yaml"));
      continue;
    }
    const path = join(folder, name);
    let text = overrides.get(path);
    if (text === undefined) {
      try {
        text = await readCapped(path, maxBytes);
        if (text !== undefined) sources.push(fileSource(path, text));
      } catch (error) {
        problems.push(problem(shown, 0, "", `cannot read ${path}: ${(error as Error).message}`));
        continue;
      }
    }
    if (text === undefined) {
      problems.push(problem(shown, 0, "", `larger than ${maxBytes} bytes (KNOWLEDGE_MAX_BYTES): refused without reading it`));
      continue;
    }
    const checked = validateYaml(text, shown, phrasingsFileSchema);
    if (checked.data === undefined) {
      problems.push(...checked.problems);
      continue;
    }
    files.push({
      entryId: match[1]!,
      file: shown,
      questions: { de: checked.data.de ?? [], en: checked.data.en ?? [] },
      outOfScope: { de: checked.data.outOfScope?.de ?? [], en: checked.data.outOfScope?.en ?? [] },
      source: checked.source,
    });
  }
  return { files, problems, sources };
}

/** `phrasings` in qa.yaml names a folder relative to qa.yaml: "phrasings" → "phrasings". */
export function phrasingsDisplayName(folderSetting: string): string {
  return basename(folderSetting.replace(/[\\/]+$/, ""));
}

function problem(file: string, line: number, field: string, message: string): Problem {
  return { severity: "error", file, line, field, message };
}
