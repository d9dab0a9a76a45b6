/**
 * The fewest edits (Levenshtein) that turn `pattern` into some part of a text: Fuse's bitap
 * finds a match with k errors only where this is at most k. Myers' bit-vector algorithm, one
 * step per letter of the text (patterns of up to 32 letters).
 */
export function substringDistance(pattern: string): (text: string) => number {
  const m = pattern.length;
  const masks = new Map<number, number>();
  for (let i = 0; i < m; i++) {
    const code = pattern.charCodeAt(i);
    masks.set(code, (masks.get(code) ?? 0) | (1 << i));
  }
  const high = 1 << (m - 1);
  const ones = m === 32 ? -1 : (1 << m) - 1;
  return (text) => {
    let pv = ones;
    let mv = 0;
    let score = m;
    let best = m;
    for (let j = 0; j < text.length; j++) {
      const eq = masks.get(text.charCodeAt(j)) ?? 0;
      const xv = eq | mv;
      const xh = (((eq & pv) + pv) ^ pv) | eq;
      let ph = mv | ~(xh | pv);
      let mh = pv & xh;
      if ((ph & high) !== 0) score++;
      else if ((mh & high) !== 0) score--;
      // No carry into the first row: a match may start anywhere in the text.
      ph <<= 1;
      mh <<= 1;
      pv = mh | ~(xv | ph);
      mv = ph & xv;
      if (score < best) best = score;
    }
    return best;
  };
}
