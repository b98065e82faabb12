import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { FULL_ACCESS, PUBLIC_ACCESS, projectItem, projectItems, projectSubmission, publicAttachmentHashes } from './projection.ts';
import { CATEGORIES, fieldsOf, type Category } from './schemas/category-fields.ts';

const attachment = (hex: string) => ({ sha256: hex.repeat(64), name: `${hex}.pdf`, type: 'application/pdf', size: 10 });
const item = {
  id: '0190a5d4-0000-7000-8000-000000000001',
  submissionId: '0190a5d4-0000-7000-8000-000000000000',
  category: 'legislation',
  position: 'a0',
  confidential: false,
  confidentialFields: ['description', 'attachments'],
  title: 'Loi portant mise en oeuvre',
  description: 'SECRET draft reasoning',
  status: 'before_parliament',
  attachments: [attachment('a')],
};

describe('projectItem', () => {
  it('gives a full reader everything, as a copy', () => {
    const projected = projectItem(item, FULL_ACCESS);
    expect(projected).toEqual(item);
    expect(projected).not.toBe(item);
    expect(projected?.attachments).not.toBe(item.attachments);
  });

  it('removes confidential fields and the markers for the public', () => {
    expect(projectItem(item, PUBLIC_ACCESS)).toEqual({
      id: item.id,
      submissionId: item.submissionId,
      category: 'legislation',
      position: 'a0',
      title: item.title,
      status: 'before_parliament',
    });
  });

  it('removes a confidential element entirely', () => {
    expect(projectItem({ ...item, confidential: true }, PUBLIC_ACCESS)).toBeNull();
    expect(projectItems([item, { ...item, confidential: true }], PUBLIC_ACCESS)).toHaveLength(1);
  });

  it('fails closed on markers it cannot read and on unknown categories', () => {
    expect(projectItem({ ...item, confidential: 'yes' }, PUBLIC_ACCESS)).toBeNull();
    expect(projectItem({ ...item, confidential: null }, PUBLIC_ACCESS)).toBeNull();
    expect(projectItem({ ...item, confidentialFields: 'description' }, PUBLIC_ACCESS)).toBeNull();
    expect(projectItem({ ...item, category: 'secret_category' }, PUBLIC_ACCESS)).toBeNull();
  });

  it('drops fields the category does not declare', () => {
    expect(projectItem({ ...item, internalNote: 'x', personName: 'y' }, PUBLIC_ACCESS)).not.toHaveProperty('internalNote');
    expect(projectItem({ ...item, internalNote: 'x', personName: 'y' }, PUBLIC_ACCESS)).not.toHaveProperty('personName');
  });

  it('never mutates its input', () => {
    const copy = JSON.parse(JSON.stringify(item));
    projectItem(item, PUBLIC_ACCESS);
    expect(item).toEqual(copy);
  });
});

describe('projectSubmission', () => {
  const submission = {
    id: 's',
    entityId: 'BEN',
    cycleId: null,
    title: 'Réponse',
    language: 'fr',
    status: 'draft',
    returnMessage: 'Please add dates',
    createdBy: 'u',
  };
  it('drops internal fields for the public and keeps them for a full reader', () => {
    const pub = projectSubmission(submission, [item, { ...item, confidential: true }], PUBLIC_ACCESS);
    expect(pub.submission).toEqual({ id: 's', entityId: 'BEN', cycleId: null, title: 'Réponse', language: 'fr', status: 'draft' });
    expect(pub.items).toHaveLength(1);
    expect(projectSubmission(submission, [item], FULL_ACCESS).submission).toEqual(submission);
  });
});

describe('publicAttachmentHashes', () => {
  it('lists only attachments of public elements whose attachments are not confidential', () => {
    const open = { ...item, id: 'x1', confidentialFields: [], attachments: [attachment('b')] };
    const hiddenElement = { ...item, id: 'x2', confidential: true, confidentialFields: [], attachments: [attachment('c')] };
    expect(publicAttachmentHashes([item, open, hiddenElement])).toEqual(new Set(['b'.repeat(64)]));
  });
});

describe('public projection never leaks (property)', () => {
  // Every value is a unique canary, so finding it in the output proves a leak.
  let counter = 0;
  const canary = () => fc.constant(null).map(() => `CANARY-${++counter}-x`);
  const valueFor = (kind: string) =>
    kind === 'boolean'
      ? fc.constant(true)
      : ['enumList', 'stringList', 'entityList', 'articles'].includes(kind)
        ? fc.array(canary(), { minLength: 1, maxLength: 2 })
        : canary();

  const itemArb = fc.constantFrom(...CATEGORIES).chain((category: Category) => {
    const fields = fieldsOf(category).filter((d) => d.kind !== 'boolean');
    const names = ['title', 'description', 'attachments', ...fields.map((d) => d.name)];
    return fc.record({
      category: fc.constant(category),
      confidential: fc.boolean(),
      confidentialFields: fc.subarray(names),
      title: canary(),
      description: canary(),
      attachments: canary().map((c) => [{ sha256: 'f'.repeat(64), name: c, type: 'application/pdf', size: 1 }]),
      own: fc.tuple(...fields.map((d) => valueFor(d.kind))).map((values) => Object.fromEntries(fields.map((d, i) => [d.name, values[i]]))),
    });
  });

  const secretsOf = (value: unknown): string[] => JSON.stringify(value).match(/CANARY-[\w-]+/g) ?? [];

  it('no value of a confidential element or field appears in the public JSON', () => {
    fc.assert(
      fc.property(fc.array(itemArb, { maxLength: 6 }), (generated) => {
        const items = generated.map(({ own, ...rest }, i) => ({ id: `id-${i}`, submissionId: 's', position: 'a0', ...rest, ...own }));
        const secret = new Set(
          items.flatMap((it) =>
            it.confidential ? secretsOf(it) : it.confidentialFields.flatMap((f) => secretsOf((it as Record<string, unknown>)[f])),
          ),
        );
        const published = JSON.stringify(
          projectSubmission({ id: 's', entityId: 'BEN', returnMessage: 'CANARY-internal' }, items, PUBLIC_ACCESS),
        );
        for (const s of [...secret, 'CANARY-internal']) expect(published).not.toContain(s);
        expect(published).not.toContain('confidential');
        // and what is not confidential is all there
        const visible = items
          .filter((it) => !it.confidential)
          .flatMap((it) =>
            secretsOf(
              Object.fromEntries(Object.entries(it).filter(([k]) => !it.confidentialFields.includes(k) && k !== 'confidentialFields')),
            ),
          );
        for (const v of visible) expect(published).toContain(v);
      }),
      { numRuns: 300 },
    );
  });
});
