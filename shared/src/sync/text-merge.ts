/**
 * Line-level three-way merge of narrative text (diff3). A "line" is a paragraph in practice, so two
 * people editing different paragraphs merge, and two editing the same paragraph get a visible conflict
 * rather than an interleaving nobody wrote (which a character-level CRDT would produce silently).
 */
import { diff3Merge } from 'node-diff3';

export type TextMergeResult = { ok: true; text: string } | { ok: false };

/** Splits keeping each line's terminator, so joining the pieces gives back the text byte for byte. */
const lines = (text: string): string[] => text.match(/[^\n]*\n|[^\n]+$/g) ?? [];

/** Merges `ours` and `theirs`, both edited from `base`. Identical changes on both sides are not a conflict. */
export const mergeText = (base: string, ours: string, theirs: string): TextMergeResult => {
  if (ours === theirs) return { ok: true, text: ours };
  if (ours === base) return { ok: true, text: theirs };
  if (theirs === base) return { ok: true, text: ours };
  const regions = diff3Merge(lines(ours), lines(base), lines(theirs), { excludeFalseConflicts: true });
  let text = '';
  for (const region of regions) {
    if (region.conflict) return { ok: false };
    text += (region.ok ?? []).join('');
  }
  return { ok: true, text };
};
