/**
 * Line-level three-way merge of narrative text (diff3). A "line" is a paragraph in practice, so two
 * people editing different paragraphs merge, and two editing the same paragraph get a visible conflict
 * rather than an interleaving nobody wrote (which a character-level CRDT would produce silently).
 *
 * The merge runs on the server's only thread, so its cost is bounded: each side's diff against the base
 * is Myers' O((N+M)·D) algorithm after trimming the common start and end, and it counts its work. Past
 * TEXT_MERGE_BUDGET steps (or TEXT_MERGE_MAX_LINES lines) it stops and answers `too-complex`, which the
 * caller records as a conflict for a person to settle: never a silent drop, never a frozen server.
 * Repeated lines (1,500 identical lines, blank lines between paragraphs) cost nothing extra here,
 * unlike a longest-common-subsequence diff that pairs every equal line with every other.
 */
import { myersHunks, type Hunk, type WorkBudget } from './myers-diff.ts';

export type TextMergeResult = { ok: true; text: string } | { ok: false; reason: 'conflict' | 'too-complex' };

/**
 * Diff steps one merge may take: about 20 ms on a slow core (see docs/security.md for the measured
 * figure), far above what disjoint edits of a 100,000-character text need (a few thousand).
 */
export const TEXT_MERGE_BUDGET = 400_000;
/** Texts longer than this many lines on any side are not merged line by line. */
export const TEXT_MERGE_MAX_LINES = 20_000;

/** Splits keeping each line's terminator, so joining the pieces gives back the text byte for byte. */
const lines = (text: string): string[] => text.match(/[^\n]*\n|[^\n]+$/g) ?? [];

/** Merges `ours` and `theirs`, both edited from `base`. Identical changes on both sides are not a conflict. */
export const mergeText = (base: string, ours: string, theirs: string, budget = TEXT_MERGE_BUDGET): TextMergeResult => {
  if (ours === theirs) return { ok: true, text: ours };
  if (ours === base) return { ok: true, text: theirs };
  if (theirs === base) return { ok: true, text: ours };
  const [o, a, b] = [lines(base), lines(ours), lines(theirs)];
  if (Math.max(o.length, a.length, b.length) > TEXT_MERGE_MAX_LINES) return { ok: false, reason: 'too-complex' };
  // Lines become numbers so that comparing two lines is one integer comparison.
  const ids = new Map<string, number>();
  const intern = (list: string[]) => Int32Array.from(list, (line) => ids.get(line) ?? (ids.set(line, ids.size), ids.size - 1));
  const [oi, ai, bi] = [intern(o), intern(a), intern(b)];
  const work: WorkBudget = { left: budget };
  const ha = myersHunks(oi, ai, work);
  const hb = ha && myersHunks(oi, bi, work);
  if (!ha || !hb) return { ok: false, reason: 'too-complex' };
  return mergeRegions(o, a, b, oi, ai, bi, ha, hb);
};

type Side = 'a' | 'b';
type SidedHunk = Hunk & { side: Side };

const sameLines = (x: Int32Array, xs: number, xe: number, y: Int32Array, ys: number, ye: number) => {
  if (xe - xs !== ye - ys) return false;
  for (let i = 0; i < xe - xs; i++) if (x[xs + i] !== y[ys + i]) return false;
  return true;
};

/**
 * diff3 proper: hunks of both sides sorted by where they start in the base; hunks that overlap or touch
 * form one region. A region changed by one side takes that side; one changed by both merges only when
 * both sides wrote the same lines there.
 */
function mergeRegions(
  o: string[],
  a: string[],
  b: string[],
  oi: Int32Array,
  ai: Int32Array,
  bi: Int32Array,
  ha: Hunk[],
  hb: Hunk[],
): TextMergeResult {
  const hunks: SidedHunk[] = [...ha.map((h) => ({ ...h, side: 'a' as const })), ...hb.map((h) => ({ ...h, side: 'b' as const }))];
  hunks.sort((x, y) => x.oStart - y.oStart);
  const out: string[] = [];
  let offset = 0;
  for (let i = 0; i < hunks.length;) {
    const first = hunks[i]!;
    const regionStart = first.oStart;
    let regionEnd = first.oStart + first.oLength;
    const region = [first];
    for (i++; i < hunks.length && hunks[i]!.oStart <= regionEnd; i++) {
      regionEnd = Math.max(regionEnd, hunks[i]!.oStart + hunks[i]!.oLength);
      region.push(hunks[i]!);
    }
    for (let k = offset; k < regionStart; k++) out.push(o[k]!);
    if (region.length === 1) {
      const source = first.side === 'a' ? a : b;
      for (let k = first.abStart; k < first.abStart + first.abLength; k++) out.push(source[k]!);
    } else {
      const span = (side: Side) => {
        const mine = region.filter((h) => h.side === side);
        if (!mine.length) return [regionStart, regionEnd] as const; // unchanged on this side
        const abStart = Math.min(...mine.map((h) => h.abStart));
        const abEnd = Math.max(...mine.map((h) => h.abStart + h.abLength));
        const oStart = Math.min(...mine.map((h) => h.oStart));
        const oEnd = Math.max(...mine.map((h) => h.oStart + h.oLength));
        return [abStart + (regionStart - oStart), abEnd + (regionEnd - oEnd)] as const;
      };
      const [as, ae] = region.some((h) => h.side === 'a') ? span('a') : [regionStart, regionEnd];
      const [bs, be] = region.some((h) => h.side === 'b') ? span('b') : [regionStart, regionEnd];
      const aLines = region.some((h) => h.side === 'a') ? ai : oi;
      const bLines = region.some((h) => h.side === 'b') ? bi : oi;
      if (!sameLines(aLines, as, ae, bLines, bs, be)) return { ok: false, reason: 'conflict' };
      const source = region.some((h) => h.side === 'a') ? a : o;
      for (let k = as; k < ae; k++) out.push(source[k]!);
    }
    offset = regionEnd;
  }
  for (let k = offset; k < o.length; k++) out.push(o[k]!);
  return { ok: true, text: out.join('') };
}
