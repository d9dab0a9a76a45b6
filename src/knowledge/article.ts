/** Paragraph N is the N-th non-empty line: the numbering every citation uses. */
export function splitParagraphs(text: string): string[] {
  return text
    .replace(/^\uFEFF/, "")
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
}

/** `article.de.txt` → `article.yaml`: the metadata file sits beside the article. */
export function metaPathFor(articlePath: string): string {
  const slash = Math.max(articlePath.lastIndexOf("/"), articlePath.lastIndexOf("\\"));
  const dir = articlePath.slice(0, slash + 1);
  const base = articlePath.slice(slash + 1);
  const stemEnd = base.indexOf(".");
  return `${dir}${stemEnd > 0 ? base.slice(0, stemEnd) : base}.yaml`;
}
