/** Discord's hard limits for what the bot sends; anything longer is rejected with a 400. */
export const LIMITS = {
  content: 2000,
  embedTitle: 256,
  embedDescription: 4096,
  embedFieldName: 256,
  embedFieldValue: 1024,
  embedFields: 25,
  embedFooter: 2048,
  embedTotal: 6000,
  buttonLabel: 80,
  buttonsPerRow: 5,
  actionRows: 5,
  selectOptions: 25,
  selectOptionLabel: 100,
  selectOptionDescription: 100,
  selectPlaceholder: 150,
  customId: 100,
  autocompleteChoices: 25,
  autocompleteChoice: 100,
} as const;

const ELLIPSIS = "…";

/**
 * Shortens `text` to at most `max` characters (UTF-16 units, as Discord counts), cutting at the
 * last word boundary and ending with "…". A single overlong word is cut where it must be.
 */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max < 1) return "";
  const room = max - ELLIPSIS.length;
  let end = room;
  // The cut is at a word boundary when the character it drops is a space.
  while (end > 0 && !/\s/.test(text[end]!)) end -= 1;
  // Keep at least half the room: a very long word is better cut than dropped whole.
  if (end < room / 2) end = room;
  // Never split a surrogate pair (an emoji), which Discord would show as garbage.
  if (/[\uD800-\uDBFF]/.test(text[end - 1] ?? "")) end -= 1;
  const cut = text.slice(0, end).replace(/[\s,;:–-]+$/u, "");
  return `${cut}${ELLIPSIS}`;
}
