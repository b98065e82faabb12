import { describe, expect, it } from 'vitest';
import { mergeText } from './text-merge.ts';

const base = 'Paragraph one.\nParagraph two.\nParagraph three.\n';

describe('mergeText', () => {
  it('takes the only side that changed', () => {
    expect(mergeText(base, base, 'x')).toEqual({ ok: true, text: 'x' });
    expect(mergeText(base, 'y', base)).toEqual({ ok: true, text: 'y' });
  });

  it('merges edits of different paragraphs', () => {
    const ours = 'Paragraph one, revised.\nParagraph two.\nParagraph three.\n';
    const theirs = 'Paragraph one.\nParagraph two.\nParagraph three, revised.\n';
    expect(mergeText(base, ours, theirs)).toEqual({
      ok: true,
      text: 'Paragraph one, revised.\nParagraph two.\nParagraph three, revised.\n',
    });
  });

  it('merges an insertion on one side with an edit elsewhere', () => {
    const ours = 'Paragraph zero.\n' + base;
    const theirs = base.replace('three', 'THREE');
    expect(mergeText(base, ours, theirs)).toEqual({
      ok: true,
      text: 'Paragraph zero.\nParagraph one.\nParagraph two.\nParagraph THREE.\n',
    });
  });

  it('refuses to merge different edits of the same paragraph', () => {
    expect(mergeText(base, base.replace('two', 'deux'), base.replace('two', 'dos'))).toEqual({ ok: false });
  });

  it('accepts the same edit made on both sides', () => {
    const both = base.replace('two', '2');
    expect(mergeText(base, both, both)).toEqual({ ok: true, text: both });
    // the same edit on both sides plus another paragraph, not adjacent, edited on one side
    const same = base.replace('three', '3');
    expect(mergeText(base, same.replace('one', '1'), same)).toEqual({ ok: true, text: same.replace('one', '1') });
  });

  it('keeps a last line without a newline intact', () => {
    const b = 'a\nb\nc';
    expect(mergeText(b, 'A\nb\nc', 'a\nb\nC')).toEqual({ ok: true, text: 'A\nb\nC' });
  });

  it('handles long texts (100,000 characters) with disjoint edits', () => {
    const paragraphs = Array.from({ length: 1000 }, (_, i) => `Paragraph ${i} ${'x'.repeat(90)}\n`);
    const long = paragraphs.join('');
    expect(long.length).toBeGreaterThan(100_000);
    const ours = long.replace('Paragraph 10 ', 'Paragraph ten ');
    const theirs = long.replace('Paragraph 900 ', 'Paragraph nine hundred ');
    const result = mergeText(long, ours, theirs);
    expect(result.ok && result.text).toBe(
      long.replace('Paragraph 10 ', 'Paragraph ten ').replace('Paragraph 900 ', 'Paragraph nine hundred '),
    );
  });
});
