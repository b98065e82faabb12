import { describe, expect, it } from 'vitest';
import { upgradeChangedFields, upgradeItem } from './item-upgrade.ts';
import { validateItemPatch } from './item.ts';
import { thematicAreaOf } from './thematic-areas.ts';

const base = { id: '01890000-0000-7000-8000-000000000001', submissionId: '01890000-0000-7000-8000-000000000002', position: 'a0' };

describe('thematic areas vocabulary', () => {
  it('maps the same area written in English and in French to one code', () => {
    expect(thematicAreaOf('judicial training')).toBe('judicial_training');
    expect(thematicAreaOf('Formation  judiciaire')).toBe('judicial_training');
    expect(thematicAreaOf('Rédaction des textes d’application')).toBe('legislative_drafting');
    expect(thematicAreaOf('archives')).toBeNull();
  });
});

describe('upgrading an item to the current field shapes', () => {
  it('turns free-text areas into codes and keeps unknown ones as "other" with their words', () => {
    const old = { ...base, category: 'assistance', thematicAreas: ['Judicial training', 'formation judiciaire', 'archives'] };
    const item = upgradeItem(old);
    expect(item.thematicAreas).toEqual(['judicial_training', 'other']);
    expect(item.thematicAreasOther).toBe('archives');
    expect(validateItemPatch(item.category, item, { partial: false }).ok).toBe(true);
    expect(upgradeItem(item)).toEqual(item);
  });

  it('keeps a confidential area confidential in its new field', () => {
    const item = upgradeItem({ ...base, category: 'assistance', thematicAreas: ['CANARY area'], confidentialFields: ['thematicAreas'] });
    expect(item.confidentialFields).toEqual(['thematicAreas', 'thematicAreasOther']);
    expect(item.thematicAreasOther).toBe('CANARY area');
  });

  it('moves a law’s single date to the date its status names', () => {
    expect(upgradeItem({ ...base, category: 'legislation', status: 'in_force', date: '2010-08-09' })).toEqual({
      ...base,
      category: 'legislation',
      status: 'in_force',
      entryIntoForceDate: '2010-08-09',
    });
    expect(upgradeItem({ ...base, category: 'legislation', status: 'adopted', date: '2010-08-09' }).adoptionDate).toBe('2010-08-09');
    expect(upgradeItem({ ...base, category: 'agreement', status: 'signed', date: '2021-10-11' }).signatureDate).toBe('2021-10-11');
  });

  it('guesses no date a status does not name: it stays in the description, confidential if the date was', () => {
    const item = upgradeItem({
      ...base,
      category: 'legislation',
      status: 'draft',
      date: '2009-01-05',
      description: 'Bill before the Senate.',
      confidentialFields: ['date'],
    });
    expect(item).not.toHaveProperty('date');
    expect(item).not.toHaveProperty('adoptionDate');
    expect(item.description).toBe('Bill before the Senate.\n\nDate: 2009-01-05');
    expect(item.confidentialFields).toEqual(['description']);
    expect(validateItemPatch(item.category, item, { partial: false }).ok).toBe(true);
    expect(upgradeItem(item)).toEqual(item);
  });

  it('leaves current items and other categories unchanged', () => {
    const item = { ...base, category: 'constitutional', date: '2001-01-01', thematicAreas: ['x'] };
    expect(upgradeItem(item)).toEqual(item);
    const current = { ...base, category: 'assistance', thematicAreas: ['outreach'], thematicAreasOther: 'archives' };
    expect(upgradeItem(current)).toEqual(current);
  });

  it('rewrites the changed fields of a pending edit from the whole local record', () => {
    const before = { ...base, category: 'agreement', status: 'in_force', date: '2007-01-01' };
    expect(upgradeChangedFields({ date: '2021-10-11' }, before)).toEqual({ entryIntoForceDate: '2021-10-11' });
    expect(upgradeChangedFields({ title: 'x' }, before)).toEqual({ title: 'x' });
    const assistance = { ...base, category: 'assistance', thematicAreas: ['x'] };
    expect(upgradeChangedFields({ thematicAreas: ['judicial training', 'archives'] }, assistance)).toEqual({
      thematicAreas: ['judicial_training', 'other'],
      thematicAreasOther: 'archives',
    });
  });
});
