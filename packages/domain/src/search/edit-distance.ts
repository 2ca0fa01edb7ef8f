/**
 * Damerau edit distance (optimal string alignment): substitutions, insertions, deletions and
 * transpositions of adjacent characters, counted over Unicode characters, so one Chinese character
 * or one pinyin letter is one edit.
 */
export function editDistance(a: string, b: string): number {
  return alignmentDistance([...a], [...b], false);
}

/**
 * The smallest edit distance between `pattern` and any part of `text` (a typo-tolerant
 * "contains"): 食品经营许克 is one edit from a part of 食品经营许可证核发.
 */
export function substringEditDistance(pattern: string, text: string): number {
  return alignmentDistance([...pattern], [...text], true);
}

/**
 * True when `pattern` is at most one edit from a part of `text`. Fast path first: one edit
 * (a transposition touches two neighbours) leaves at least one of three pieces intact, so when
 * no piece occurs in the text the answer is no without aligning anything.
 */
export function withinOneEditOfPart(pattern: string, text: string): boolean {
  const chars = [...pattern];
  const m = chars.length;
  if (m >= 3) {
    const a = Math.floor(m / 3);
    const b = Math.floor((2 * m) / 3);
    const pieces = [chars.slice(0, a), chars.slice(a, b), chars.slice(b)].map((piece) =>
      piece.join(''),
    );
    if (!pieces.some((piece) => piece.length > 0 && text.includes(piece))) return false;
  }
  return alignmentDistance(chars, [...text], true) <= 1;
}

/** True when `query` is at most one edit away from the whole of `text` or from a part of it. */
export function withinOneEdit(query: string, text: string, wholeOnly = false): boolean {
  return (wholeOnly ? editDistance(query, text) : substringEditDistance(query, text)) <= 1;
}

function alignmentDistance(p: string[], t: string[], freeEnds: boolean): number {
  const m = p.length;
  const n = t.length;
  if (m === 0) return freeEnds ? 0 : n;
  // rows[i][j]: distance between the first i pattern characters and text ending at j.
  let beforePrevious: number[] = [];
  let previous: number[] = Array.from({ length: n + 1 }, (_, j) => (freeEnds ? 0 : j));
  for (let i = 1; i <= m; i += 1) {
    const current: number[] = [i];
    for (let j = 1; j <= n; j += 1) {
      const cost = p[i - 1] === t[j - 1] ? 0 : 1;
      let best = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      if (i > 1 && j > 1 && p[i - 1] === t[j - 2] && p[i - 2] === t[j - 1])
        best = Math.min(best, beforePrevious[j - 2] + 1);
      current.push(best);
    }
    beforePrevious = previous;
    previous = current;
  }
  return freeEnds ? Math.min(...previous) : previous[n];
}
