/** Long enough to say what the entry is about, short enough for buttons' custom ids and logs. */
const MAX_ID_LENGTH = 40;
const MAX_ID_WORDS = 6;

/** "Wann finden die Gespräche statt?" → "wann-finden-die-gespraeche-statt" (a-z, 0-9, single hyphens). */
export function kebabId(text: string): string {
  const folded = text
    .toLowerCase()
    .replace(/ä/g, "ae")
    .replace(/ö/g, "oe")
    .replace(/ü/g, "ue")
    .replace(/ß/g, "ss")
    .normalize("NFKD")
    .replace(/\p{M}/gu, "");
  let id = "";
  for (const word of folded.split(/[^a-z0-9]+/).filter((w) => w.length > 0).slice(0, MAX_ID_WORDS)) {
    const next = id === "" ? word : `${id}-${word}`;
    if (next.length > MAX_ID_LENGTH) {
      if (id === "") id = word.slice(0, MAX_ID_LENGTH);
      break;
    }
    id = next;
  }
  return id === "" ? "entry" : id;
}

/** `base`, or `base-2`, `base-3`, … whichever is not taken yet. */
export function uniqueId(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}
