/** Three rows of the distance table, reused: it runs for every candidate of every misspelt word. */
let rows = new Int32Array(3 * 64);

/**
 * Optimal string alignment distance: Levenshtein plus swapped neighbours as one edit, the most
 * common typo ("janaur"). Stops early once `max` is exceeded, returning max + 1.
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const width = b.length + 1;
  if (rows.length < 3 * width) rows = new Int32Array(3 * width);
  // Row i of the table lives at (i % 3) * width: the current row, the one before and the one before that.
  for (let j = 0; j < width; j++) rows[j] = j;
  for (let i = 1; i <= a.length; i++) {
    const current = (i % 3) * width;
    const previous = ((i - 1) % 3) * width;
    const previous2 = ((i + 1) % 3) * width;
    rows[current] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let value = Math.min(rows[previous + j]! + 1, rows[current + j - 1]! + 1, rows[previous + j - 1]! + cost);
      if (i > 1 && j > 1 && a.charCodeAt(i - 1) === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === b.charCodeAt(j - 1))
        value = Math.min(value, rows[previous2 + j - 2]! + 1);
      rows[current + j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return max + 1;
  }
  return rows[(a.length % 3) * width + b.length]!;
}
