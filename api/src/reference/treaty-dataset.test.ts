import {
  countPartiesByRegionalGroup,
  treatyEventSchema,
  treatyStatusOn,
  TREATY_RULES,
  UN_MEMBER_STATES,
  type RegionalGroup,
  type TreatyEvent,
} from '@clearinghouse/shared';
import { parse } from 'csv-parse/sync';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { loadTreatyDataset, readTreatyFiles } from './treaty-dataset.ts';

const files = readTreatyFiles();
const { entities, events } = loadTreatyDataset(files);
const asEvents = (list: typeof events) => list as unknown as TreatyEvent[];
const eventsOf = (id: string) => asEvents(events.filter((e) => e.entityId === id));
const states = entities.map((e) => ({ id: e.id, regionalGroup: e.regionalGroup as RegionalGroup }));
const partiesOn = (date: string, treaty: 'rome_statute' | 'apic' = 'rome_statute') =>
  countPartiesByRegionalGroup(states, asEvents(events), date, treaty);
const csv = (name: keyof typeof files) => parse(files[name], { columns: true, skip_empty_lines: true }) as Record<string, string>[];

describe('the treaty dataset as the app loads it', () => {
  it('equals the CSVs: every dated cell is one event, nothing else is', () => {
    const rome = csv('rome-statute.csv');
    expect(rome).toHaveLength(156);
    for (const e of events) expect(v.safeParse(treatyEventSchema, e).success, JSON.stringify(e)).toBe(true);
    const fromCsv = new Set<string>();
    for (const r of rome) {
      if (r.signature_date) fromCsv.add(`${r.iso3} rome_statute signature ${r.signature_date}`);
      if (r.deposit_date) fromCsv.add(`${r.iso3} rome_statute ${r.instrument} ${r.deposit_date}`);
      if (r.withdrawal_notified) fromCsv.add(`${r.iso3} rome_statute withdrawal_notified ${r.withdrawal_notified}`);
      if (r.withdrawal_effective) fromCsv.add(`${r.iso3} rome_statute withdrawal_effective ${r.withdrawal_effective}`);
    }
    for (const r of csv('apic.csv')) {
      if (r.signature_date) fromCsv.add(`${r.iso3} apic signature ${r.signature_date}`);
      if (r.deposit_date) fromCsv.add(`${r.iso3} apic ${r.instrument} ${r.deposit_date}`);
    }
    const amendment = { 'XVIII-10-a': 'amendment_art8', 'XVIII-10-b': 'amendment_aggression', 'XVIII-10-c': 'amendment_art124' };
    for (const r of csv('kampala-2018.csv'))
      fromCsv.add(`${r.iso3} ${amendment[r.mtdsg as keyof typeof amendment]} ${r.instrument} ${r.deposit_date}`);
    expect(new Set(events.map((e) => `${e.entityId} ${e.treaty} ${e.type} ${e.date}`))).toEqual(fromCsv);
    expect(events.every((e) => e.origin === 'reference' && e.date !== null)).toBe(true);
  });

  it('derives exactly the entry into force the CSV computed, for every State that deposited', () => {
    for (const r of csv('rome-statute.csv').filter((r) => r.deposit_date)) {
      expect(TREATY_RULES.rome_statute.entryIntoForce!(r.deposit_date!).date, r.iso3).toBe(r.entry_into_force);
    }
    for (const r of csv('apic.csv').filter((r) => r.deposit_date)) {
      expect(TREATY_RULES.apic.entryIntoForce!(r.deposit_date!).date, r.iso3).toBe(r.entry_into_force);
    }
  });

  it('knows all 193 UN Member States (so those that never signed too) plus the State of Palestine and the Cook Islands', () => {
    expect(entities).toHaveLength(195);
    expect(new Set(entities.map((e) => e.id))).toEqual(new Set([...UN_MEMBER_STATES, 'PSE', 'COK']));
    const neverSigned = entities.filter((e) => eventsOf(e.id).filter((x) => x.treaty === 'rome_statute').length === 0);
    expect(neverSigned).toHaveLength(39);
    expect(neverSigned.map((e) => e.id)).toEqual(expect.arrayContaining(['CHN', 'IND', 'IDN', 'TUR', 'SAU']));
    expect(entities.find((e) => e.id === 'KOR')!.names.fr).toBe('République de Corée');
  });
});

describe('the party counts, from the loaded data', () => {
  it('on 3 December 2026: 124 parties, 33 / 19 / 19 / 28 / 25 by regional group, none undated', () => {
    const on = partiesOn('2026-12-03');
    expect(on.total).toEqual({ parties: 124, undetermined: 0 });
    expect([on.african, on.asia_pacific, on.eastern_european, on.grulac, on.weog].map((c) => c.parties)).toEqual([33, 19, 19, 28, 25]);
    expect(on.unassigned.parties).toBe(0);
  });

  it('at the end of 2002, 2010 and 2015 (in force; instruments deposited but not yet in force are not parties)', () => {
    // 87 instruments deposited by the end of 2002, of which 81 in force; 114 deposited by the end of 2010, 113 in force
    expect(partiesOn('2002-12-31').total.parties).toBe(81);
    expect(partiesOn('2010-12-31').total.parties).toBe(113);
    expect(partiesOn('2015-12-31').total.parties).toBe(123);
  });

  it('APIC: 77 parties in the participants table as at 15 January 2018', () => {
    expect(partiesOn('2018-01-15', 'apic').total).toEqual({ parties: 77, undetermined: 0 });
  });
});

describe('States as the depositary records them', () => {
  it('Canada: ratified on 7 July 2000, in force on 1 July 2002', () => {
    const canada = treatyStatusOn(eventsOf('CAN'), 'rome_statute', '2026-12-03');
    expect(canada).toMatchObject({ status: 'party', since: '2002-07-01', entryIntoForce: '2002-07-01', undetermined: false });
    expect(eventsOf('CAN').find((e) => e.treaty === 'rome_statute' && e.type === 'ratification')?.date).toBe('2000-07-07');
  });

  it('Kenya: in force on 1 June 2005', () => {
    expect(treatyStatusOn(eventsOf('KEN'), 'rome_statute', '2026-12-03')).toMatchObject({ status: 'party', entryIntoForce: '2005-06-01' });
  });

  it('Japan and Afghanistan acceded: no ratification is recorded for them', () => {
    for (const id of ['JPN', 'AFG']) {
      const types = eventsOf(id)
        .filter((e) => e.treaty === 'rome_statute')
        .map((e) => e.type);
      expect(types, id).toContain('accession');
      expect(types, id).not.toContain('ratification');
    }
  });

  it('the Philippines: a former party since 17 March 2019', () => {
    expect(treatyStatusOn(eventsOf('PHL'), 'rome_statute', '2019-03-16').status).toBe('withdrawal_pending');
    expect(treatyStatusOn(eventsOf('PHL'), 'rome_statute', '2026-12-03')).toMatchObject({ status: 'withdrawn', since: '2019-03-17' });
  });

  it('signatories that never ratified stay signatories (the United States, the Russian Federation)', () => {
    for (const id of ['USA', 'RUS']) expect(treatyStatusOn(eventsOf(id), 'rome_statute', '2026-12-03').status, id).toBe('signatory');
  });
});

describe('unverified notes', () => {
  it('never change a status or a count (a reported rescission of Hungary’s withdrawal)', () => {
    const hungaryNote =
      'Hungary withdrew its notification on 29 May 2026 and remains a party; withdrawal_rescinded 2026-05-29; deposit 2026-05-29';
    const rome = csv('rome-statute.csv').map((r) => ({ ...r, notes: r.iso3 === 'HUN' ? hungaryNote : 'party since 1999-01-01' }));
    const header = Object.keys(rome[0]!);
    const quote = (s: string) => `"${s.replaceAll('"', '""')}"`;
    const rewritten = [
      header.join(','),
      ...rome.map((r) => header.map((h) => quote((r as Record<string, string>)[h] ?? '')).join(',')),
    ].join('\n');
    const altered = loadTreatyDataset({ ...files, 'rome-statute.csv': rewritten });
    expect(altered.events).toEqual(events);
    expect(treatyStatusOn(eventsOf('HUN'), 'rome_statute', '2026-12-03')).toMatchObject({ status: 'withdrawn', since: '2026-06-02' });
  });

  it('are never a fact’s source either', () => {
    expect(events.some((e) => /[ ;](HUNRESC|AES|VEN|WIKIAFG|GMBZAF)(;|$)/.test(e.source ?? ''))).toBe(false);
  });
});
