/** Words people leave where they mean to write later. */
const MARKER = /\b(?:todo|tbd|fixme|x{3,})\b|\blorem ipsum\b/i;
/** "Laut dem Artikel …": a sentence left unfinished. */
const TRAILING_ELLIPSIS = /(?:…|\.\.\.)$/;

/**
 * What makes `text` a placeholder rather than an answer the bot may send, or undefined: no word
 * at all ("…", "..."), a marker ("TODO", "TBD", "xxx", "lorem ipsum"), or an ellipsis at the end.
 */
export function placeholderIn(text: string): string | undefined {
  const trimmed = text.trim();
  if (!/[\p{L}\p{N}]/u.test(trimmed)) return `"${trimmed}"`;
  const marker = MARKER.exec(trimmed);
  if (marker !== null) return `"${marker[0]}"`;
  if (TRAILING_ELLIPSIS.test(trimmed)) return "it ends in “…”";
  return undefined;
}
