/**
 * The only normalisation a quote may rely on: Unicode NFC, straight quotes for typographic ones,
 * collapsed whitespace. It is the same as the evaluator's, and deliberately not the matcher's
 * folding: a citation must be the article's own words.
 */
export function normalizeQuoteText(text: string): string {
  return text
    .normalize("NFC")
    .replace(/[„“”«»"]/g, '"')
    .replace(/[‚‘’']/g, "'")
    .replace(/\s+/g, " ")
    .trim();
}

/** A quote's pieces: "…" (or "...") marks an elision between them. */
export function quotePieces(quote: string): string[] {
  return normalizeQuoteText(quote)
    .split(/\s*(?:…|\.\.\.)\s*/)
    .filter((piece) => piece.length > 0);
}

/** Whether every piece of the quote stands in the paragraph, in order. */
export function quoteStandsIn(quote: string, paragraph: string): boolean {
  const pieces = quotePieces(quote);
  if (pieces.length === 0) return false;
  const text = normalizeQuoteText(paragraph);
  let from = 0;
  for (const piece of pieces) {
    const at = text.indexOf(piece, from);
    if (at < 0) return false;
    from = at + piece.length;
  }
  return true;
}

/** The 1-based numbers of the paragraphs that hold the quote. */
export function locateQuote(quote: string, paragraphs: readonly string[]): number[] {
  const found: number[] = [];
  paragraphs.forEach((paragraph, index) => {
    if (quoteStandsIn(quote, paragraph)) found.push(index + 1);
  });
  return found;
}

/**
 * A text's sentences: split where a sentence mark (and a closing quotation mark) is followed by a
 * capital, not after a day's number ("am 10. Januar").
 */
export function sentencesOf(text: string): string[] {
  return text.split(SENTENCE_END);
}

const SENTENCE_END = /(?<=[^\d\s][.!?]["'“”]?)\s+(?=["'„“]?\p{Lu})/u;

/** A photo credit that closes a caption, e.g. "[SERGEY GUNEEV/EPA]". */
const CLOSING_CREDIT = /\s*\[[^\]]*\]\s*$/;

/**
 * Whether `earlier` only repeats `later`: its text, apart from a closing photo credit in
 * brackets, stands whole in `later` — as a photo caption repeats a sentence of the text below it.
 */
export function repeats(earlier: string, later: string): boolean {
  const own = normalizeQuoteText(earlier.replace(CLOSING_CREDIT, ""));
  return own.length > 0 && normalizeQuoteText(later).includes(own);
}
