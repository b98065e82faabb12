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
    expect(mergeText(base, base.replace('two', 'deux'), base.replace('two', 'dos'))).toEqual({ ok: false, reason: 'conflict' });
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

describe('mergeText cost', () => {
  const identical = Array.from({ length: 1500 }, () => 'The same line.\n');
  const edit = (list: string[], at: number, line: string) => list.map((l, i) => (i === at ? line : l)).join('');

  it('merges three devices’ edits of 1,500 identical lines without exhausting the budget', () => {
    const base = identical.join('');
    // The server already holds devices A and B's edits; device C edited another line from the same base.
    const server = mergeText(base, edit(identical, 100, 'A\n'), edit(identical, 700, 'B\n'));
    expect(server.ok).toBe(true);
    const third = mergeText(base, server.ok ? server.text : '', edit(identical, 1400, 'C\n'));
    expect(third.ok && third.text.split('\n').filter((l) => l.length === 1)).toEqual(['A', 'B', 'C']);
  });

  it('merges 800 paragraphs separated by blank lines', () => {
    const paragraphs = Array.from({ length: 800 }, (_, i) => `Paragraph ${i}: ${'words '.repeat(12)}\n\n`);
    const base = paragraphs.join('');
    const ours = base.replace('Paragraph 3:', 'Paragraph three:');
    const theirs = base.replace('Paragraph 790:', 'Paragraph seven hundred and ninety:');
    const merged = mergeText(base, ours, theirs);
    expect(merged.ok && merged.text).toBe(ours.replace('Paragraph 790:', 'Paragraph seven hundred and ninety:'));
  });

  it('answers too-complex, not a merge, once the work budget is spent', () => {
    // Two complete rewrites of a 4,000-line text: D is about 16,000, far past the budget.
    const base = Array.from({ length: 4000 }, (_, i) => `line ${i}\n`).join('');
    const ours = Array.from({ length: 4000 }, (_, i) => `ours ${i}\n`).join('');
    const theirs = Array.from({ length: 4000 }, (_, i) => `theirs ${i}\n`).join('');
    expect(mergeText(base, ours, theirs)).toEqual({ ok: false, reason: 'too-complex' });
    // A small rewrite on both sides stays an ordinary conflict.
    expect(mergeText('a\nb\n', 'x\ny\n', 'z\nw\n')).toEqual({ ok: false, reason: 'conflict' });
  });
});
