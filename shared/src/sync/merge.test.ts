import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mergeSet, threeWayMerge, type FieldRecord } from './merge.ts';
import { isListField, isLongText } from '../schemas/category-fields.ts';

const merge = (base: FieldRecord, server: FieldRecord, client: FieldRecord) =>
  threeWayMerge({
    base,
    server,
    client,
    isLongText: (f) => isLongText('legislation', f),
    isList: (f) => isListField('legislation', f),
  });

const base = { id: 'r', title: 'Act', status: 'draft', description: 'one\ntwo\nthree\n', articlesCovered: ['5', '7'], date: null };

describe('threeWayMerge', () => {
  it('takes a field changed on one side only, from either side', () => {
    const server = { ...base, status: 'adopted' };
    expect(merge(base, server, { title: 'Act No. 1' })).toEqual({ merged: { ...server, title: 'Act No. 1' }, conflicts: [] });
    // a field the client sends unchanged does not undo the server's change
    expect(merge(base, server, { status: 'draft' })).toEqual({ merged: server, conflicts: [] });
  });

  it('accepts the same change made on both sides', () => {
    const server = { ...base, date: '2010-08-09' };
    expect(merge(base, server, { date: '2010-08-09' })).toEqual({ merged: server, conflicts: [] });
    expect(merge(base, { ...base, articlesCovered: ['5', '7', '8'] }, { articlesCovered: ['5', '7', '8'] }).conflicts).toEqual([]);
  });

  it('records a conflict for different changes of a short field, keeping the server value', () => {
    const server = { ...base, status: 'adopted' };
    const result = merge(base, server, { status: 'in_force', title: 'Act No. 1' });
    expect(result.merged).toEqual({ ...server, title: 'Act No. 1' });
    expect(result.conflicts).toEqual([{ field: 'status', base: 'draft', server: 'adopted', client: 'in_force' }]);
  });

  it('merges disjoint edits of long text line by line', () => {
    const server = { ...base, description: 'ONE\ntwo\nthree\n' };
    expect(merge(base, server, { description: 'one\ntwo\nTHREE\n' })).toEqual({
      merged: { ...server, description: 'ONE\ntwo\nTHREE\n' },
      conflicts: [],
    });
  });

  it('makes overlapping edits of long text a conflict', () => {
    const server = { ...base, description: 'one\nTWO\nthree\n' };
    const result = merge(base, server, { description: 'one\nDOS\nthree\n' });
    expect(result.merged).toEqual(server);
    expect(result.conflicts).toEqual([
      { field: 'description', base: base.description, server: server.description, client: 'one\nDOS\nthree\n' },
    ]);
  });

  it('treats short text (title) as a value, not merged line by line', () => {
    const result = merge({ ...base, title: 'a\nb\n' }, { ...base, title: 'A\nb\n' }, { title: 'a\nB\n' });
    expect(result.conflicts.map((c) => c.field)).toEqual(['title']);
  });

  it('keeps list elements added on both sides and removals from either side, never conflicting', () => {
    const server = { ...base, articlesCovered: ['7', '25'] }; // removed 5, added 25
    const result = merge(base, server, { articlesCovered: ['5', '7', '86', '89'] }); // added 86, 89
    expect(result).toEqual({ merged: { ...server, articlesCovered: ['7', '25', '86', '89'] }, conflicts: [] });
  });

  it('merges attachments as a set of objects', () => {
    const a = { sha256: 'a'.repeat(64), name: 'a.pdf', type: 'application/pdf', size: 1 };
    const b = { ...a, sha256: 'b'.repeat(64), name: 'b.pdf' };
    const c = { ...a, sha256: 'c'.repeat(64), name: 'c.pdf' };
    const result = merge(
      { ...base, attachments: [a] },
      { ...base, attachments: [a, b] },
      { attachments: [{ size: 1, type: 'application/pdf', name: 'a.pdf', sha256: 'a'.repeat(64) }, c] },
    );
    expect(result.merged.attachments).toEqual([a, b, c]);
  });

  it('lets a client clear a field (null) or add one the base lacked', () => {
    expect(merge(base, base, { title: null, citation: 'Loi 2014-06' }).merged).toEqual({ ...base, title: null, citation: 'Loi 2014-06' });
  });

  it('never mutates its inputs', () => {
    const server = { ...base, articlesCovered: ['7'] };
    const snapshot = JSON.stringify([base, server]);
    const { merged } = merge(base, server, { articlesCovered: ['5', '7', '8'] });
    (merged.articlesCovered as string[]).push('x');
    expect(JSON.stringify([base, server])).toBe(snapshot);
  });
});

describe('mergeSet', () => {
  it('drops an element the server removed even though the client kept it', () => {
    expect(mergeSet(['a', 'b'], ['a'], ['a', 'b', 'c'])).toEqual(['a', 'c']);
  });
  it('removes duplicates', () => {
    expect(mergeSet([], ['a', 'a'], ['a', 'b', 'b'])).toEqual(['a', 'b']);
  });
});

describe('threeWayMerge properties', () => {
  const FIELDS = ['title', 'status', 'description', 'articlesCovered', 'date'] as const;
  const lines = fc.array(fc.constantFrom('alpha\n', 'beta\n', 'gamma\n', 'delta\n'), { maxLength: 5 }).map((l) => l.join(''));
  const valueOf = (field: (typeof FIELDS)[number]) =>
    field === 'description'
      ? lines
      : field === 'articlesCovered'
        ? fc.uniqueArray(fc.constantFrom('5', '7', '8', '25', '86'), { maxLength: 4 })
        : fc.option(fc.constantFrom('a', 'b', 'c'), { nil: null });
  const record = fc.record(
    Object.fromEntries(FIELDS.map((f) => [f, valueOf(f)])) as Record<(typeof FIELDS)[number], fc.Arbitrary<unknown>>,
  );
  const variants = record.chain((b) =>
    fc.tuple(
      fc.constant(b as FieldRecord),
      fc
        .tuple(...FIELDS.map((f) => fc.oneof(fc.constant(b[f]), valueOf(f))))
        .map((vs) => Object.fromEntries(FIELDS.map((f, i) => [f, vs[i]]))),
      fc
        .tuple(...FIELDS.map((f) => fc.oneof(fc.constant(b[f]), valueOf(f))))
        .map((vs) => Object.fromEntries(FIELDS.map((f, i) => [f, vs[i]]))),
    ),
  );
  const changed = (a: FieldRecord, b: FieldRecord): string[] => FIELDS.filter((f) => JSON.stringify(a[f]) !== JSON.stringify(b[f]));

  it('finds the same conflicting fields whichever side is the server', () => {
    fc.assert(
      fc.property(variants, ([b, s, c]) => {
        const fields = (r: ReturnType<typeof merge>) => r.conflicts.map((x) => x.field).sort();
        expect(fields(merge(b, s, c))).toEqual(fields(merge(b, c, s)));
      }),
      { numRuns: 400 },
    );
  });

  it('gives a field changed on one side only that side’s value', () => {
    fc.assert(
      fc.property(variants, ([b, s, c]) => {
        const { merged, conflicts } = merge(b, s, c);
        const byServer = changed(b, s);
        const byClient = changed(b, c);
        for (const f of byServer.filter((f) => !byClient.includes(f))) expect(merged[f]).toEqual(s[f]);
        for (const f of byClient.filter((f) => !byServer.includes(f))) expect(merged[f]).toEqual(c[f]);
        for (const conflict of conflicts) expect(byServer.includes(conflict.field) && byClient.includes(conflict.field)).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it('never conflicts when the two sides changed disjoint fields', () => {
    fc.assert(
      fc.property(variants, ([b, s, c]) => {
        fc.pre(changed(b, s).every((f) => !changed(b, c).includes(f)));
        const { merged, conflicts } = merge(b, s, c);
        expect(conflicts).toEqual([]);
        for (const f of FIELDS) expect(merged[f]).toEqual(changed(b, c).includes(f) ? c[f] : s[f]);
      }),
      { numRuns: 300 },
    );
  });

  it('never conflicts on list fields, and keeps every element added by either side', () => {
    fc.assert(
      fc.property(variants, ([b, s, c]) => {
        const { merged, conflicts } = merge(b, s, c);
        expect(conflicts.some((x) => x.field === 'articlesCovered')).toBe(false);
        const added = [...(s.articlesCovered as string[]), ...(c.articlesCovered as string[])].filter(
          (a) => !(b.articlesCovered as string[]).includes(a),
        );
        for (const a of added) expect(merged.articlesCovered).toContain(a);
      }),
      { numRuns: 300 },
    );
  });
});
