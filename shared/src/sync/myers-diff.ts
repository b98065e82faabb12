/**
 * Myers' O((N+M)·D) difference of two sequences of interned lines, with a work budget: the cost grows
 * with how much changed (D), not with how often a line repeats. Used by the three-way text merge.
 */

/** Lines `oStart..oStart+oLength` of the base are replaced by `abStart..abStart+abLength` of the other side. */
export interface Hunk {
  oStart: number;
  oLength: number;
  abStart: number;
  abLength: number;
}

/** Steps left; each diagonal probed and each matched line costs one. */
export interface WorkBudget {
  left: number;
}

/** The hunks turning `o` into `x`, in order; null when the budget runs out first. */
export function myersHunks(o: Int32Array, x: Int32Array, budget: WorkBudget): Hunk[] | null {
  let start = 0;
  while (start < o.length && start < x.length && o[start] === x[start]) start++;
  let oEnd = o.length;
  let xEnd = x.length;
  while (oEnd > start && xEnd > start && o[oEnd - 1] === x[xEnd - 1]) {
    oEnd--;
    xEnd--;
  }
  budget.left -= start + (o.length - oEnd);
  const n = oEnd - start;
  const m = xEnd - start;
  if (n === 0 && m === 0) return [];
  if (n === 0 || m === 0) return [{ oStart: start, oLength: n, abStart: start, abLength: m }];

  // v[k + max]: the furthest position in `o` reached on diagonal k (k = position in o - position in x).
  const max = n + m;
  const v = new Int32Array(2 * max + 2);
  const trace: Int32Array[] = [];
  let found = -1;
  for (let d = 0; d <= max && found < 0; d++) {
    budget.left -= 2 * d + 1;
    if (budget.left < 0) return null;
    for (let k = -d; k <= d; k += 2) {
      let i = k === -d || (k !== d && v[max + k - 1]! < v[max + k + 1]!) ? v[max + k + 1]! : v[max + k - 1]! + 1;
      let j = i - k;
      const from = i;
      while (i < n && j < m && o[start + i] === x[start + j]) {
        i++;
        j++;
      }
      budget.left -= i - from;
      v[max + k] = i;
      if (i >= n && j >= m) {
        found = d;
        break;
      }
    }
    if (budget.left < 0) return null;
    trace.push(v.slice(max - d, max + d + 1));
  }

  // Walk back from the end, collecting the matched runs (diagonals), then turn the gaps into hunks.
  const runs: [number, number, number][] = [];
  let i = n;
  let j = m;
  for (let d = found; d > 0; d--) {
    const prev = trace[d - 1]!;
    const at = (k: number) => prev[k + d - 1]!;
    const k = i - j;
    const prevK = k === -d || (k !== d && at(k - 1) < at(k + 1)) ? k + 1 : k - 1;
    const prevI = at(prevK);
    const prevJ = prevI - prevK;
    const midI = prevK === k + 1 ? prevI : prevI + 1;
    if (i > midI) runs.push([midI, midI - k, i - midI]);
    i = prevI;
    j = prevJ;
  }
  if (i > 0) runs.push([0, 0, i]);
  runs.reverse();

  const hunks: Hunk[] = [];
  let oi = 0;
  let xi = 0;
  for (const [ro, rx, len] of [...runs, [n, m, 0] as [number, number, number]]) {
    if (ro > oi || rx > xi) hunks.push({ oStart: start + oi, oLength: ro - oi, abStart: start + xi, abLength: rx - xi });
    oi = ro + len;
    xi = rx + len;
  }
  return hunks;
}
