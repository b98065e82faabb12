import { describe, expect, it } from 'vitest';
import type { TreatyEvent, TreatyEventType, Treaty } from './schemas/treaty.ts';
import { countPartiesByRegionalGroup, isStatePartyOn, treatyStatusOn } from './treaty-status.ts';
import { uuidv7 } from './ids.ts';

const ev = (entityId: string, type: TreatyEventType, date: string | null, extra: Partial<TreatyEvent> = {}): TreatyEvent => ({
  id: uuidv7(),
  entityId,
  treaty: 'rome_statute' as Treaty,
  type,
  date,
  ...extra,
});

describe('Rome Statute art. 126: entry into force derived from the deposit', () => {
  // Deposit and entry-into-force pairs as published by the depositary (UNTC) for these States.
  it.each([
    ['2002-01-22', '2002-07-01'], // before the 60th instrument: 1 July 2002
    ['2002-07-01', '2002-09-01'], // Australia
    ['2003-01-31', '2003-05-01'], // Albania: the 60th day is 1 April, so the month after is May
    ['2003-02-10', '2003-05-01'], // Afghanistan
    ['2007-07-17', '2007-10-01'], // Japan
    ['2015-01-02', '2015-04-01'], // State of Palestine
    ['2023-11-14', '2024-02-01'], // Armenia
    ['2024-10-25', '2025-01-01'], // Ukraine
  ])('deposit %s → in force %s', (deposit, inForce) => {
    const result = treatyStatusOn([ev('AAA', 'accession', deposit)], 'rome_statute', '2030-01-01');
    expect(result).toMatchObject({ status: 'party', since: inForce, entryIntoForce: inForce });
    expect(result.derived).toEqual([expect.stringContaining('art. 126')]);
  });
});

describe('APIC art. 35: thirtieth day after deposit, never before 22 July 2004', () => {
  it.each([
    ['2008-01-25', '2008-02-24'], // United Kingdom
    ['2006-08-02', '2006-09-01'], // Albania
    ['2003-12-17', '2004-07-22'], // Austria: before the Agreement itself was in force
  ])('deposit %s → in force %s', (deposit, inForce) => {
    const result = treatyStatusOn([ev('AAA', 'ratification', deposit, { treaty: 'apic' })], 'apic', '2030-01-01');
    expect(result).toMatchObject({ status: 'party', since: inForce });
  });
});

describe('a State over time', () => {
  const benin = [ev('BEN', 'signature', '1999-09-24'), ev('BEN', 'ratification', '2002-01-22')];

  it('is nothing before signing, a signatory after, deposited after ratifying, a party after entry into force', () => {
    expect(treatyStatusOn(benin, 'rome_statute', '1999-09-23').status).toBe('none');
    expect(treatyStatusOn(benin, 'rome_statute', '1999-09-24')).toMatchObject({
      status: 'signatory',
      since: '1999-09-24',
      entryIntoForce: null,
    });
    expect(treatyStatusOn(benin, 'rome_statute', '2002-03-01')).toMatchObject({
      status: 'instrument_deposited',
      since: '2002-01-22',
      entryIntoForce: '2002-07-01',
    });
    expect(isStatePartyOn(benin, '2002-06-30')).toBe(false);
    expect(isStatePartyOn(benin, '2002-07-01')).toBe(true);
  });

  it('prefers a recorded entry into force and then derives nothing', () => {
    const events = [ev('AFG', 'accession', '2003-02-10'), ev('AFG', 'entry_into_force', '2003-05-01')];
    expect(treatyStatusOn(events, 'rome_statute', '2003-05-01')).toMatchObject({ status: 'party', since: '2003-05-01', derived: [] });
  });

  it('ignores events of the other treaty', () => {
    expect(treatyStatusOn([ev('AAA', 'ratification', '2005-01-01', { treaty: 'apic' })], 'rome_statute', '2010-01-01').status).toBe('none');
  });
});

describe('Rome Statute art. 127: withdrawal', () => {
  const party = [ev('AAA', 'ratification', '2004-09-21'), ev('AAA', 'entry_into_force', '2004-12-01')];

  it('is pending for one year after notification, then effective (Burundi dates)', () => {
    const events = [...party, ev('AAA', 'withdrawal_notified', '2016-10-27')];
    const pending = treatyStatusOn(events, 'rome_statute', '2017-10-26');
    expect(pending).toMatchObject({ status: 'withdrawal_pending', since: '2016-10-27', withdrawalEffective: '2017-10-27' });
    expect(pending.derived).toEqual([expect.stringContaining('art. 127')]);
    expect(isStatePartyOn(events, '2017-10-26')).toBe(true);
    expect(treatyStatusOn(events, 'rome_statute', '2017-10-27')).toMatchObject({ status: 'withdrawn', since: '2017-10-27' });
    expect(isStatePartyOn(events, '2017-10-27')).toBe(false);
  });

  it('uses a recorded later effective date', () => {
    const events = [...party, ev('AAA', 'withdrawal_notified', '2020-01-15'), ev('AAA', 'withdrawal_effective', '2021-06-30')];
    expect(treatyStatusOn(events, 'rome_statute', '2021-03-01')).toMatchObject({
      status: 'withdrawal_pending',
      withdrawalEffective: '2021-06-30',
      derived: [],
    });
    expect(treatyStatusOn(events, 'rome_statute', '2021-06-30').status).toBe('withdrawn');
  });

  it('is cancelled by a rescission before the effective date: a party again, since its original entry into force', () => {
    const events = [...party, ev('AAA', 'withdrawal_notified', '2025-06-02'), ev('AAA', 'withdrawal_rescinded', '2026-05-29')];
    expect(treatyStatusOn(events, 'rome_statute', '2026-01-01').status).toBe('withdrawal_pending');
    expect(treatyStatusOn(events, 'rome_statute', '2026-07-01')).toMatchObject({
      status: 'party',
      since: '2004-12-01',
      withdrawalEffective: null,
    });
  });

  it('is not undone by a rescission that arrives after the withdrawal took effect', () => {
    const events = [...party, ev('AAA', 'withdrawal_notified', '2016-10-27'), ev('AAA', 'withdrawal_rescinded', '2018-01-01')];
    expect(treatyStatusOn(events, 'rome_statute', '2019-01-01').status).toBe('withdrawn');
  });

  it('lets a State that withdrew accede again', () => {
    const events = [...party, ev('AAA', 'withdrawal_notified', '2016-10-27'), ev('AAA', 'accession', '2030-02-10')];
    expect(treatyStatusOn(events, 'rome_statute', '2030-03-01')).toMatchObject({
      status: 'instrument_deposited',
      entryIntoForce: '2030-05-01',
    });
    expect(treatyStatusOn(events, 'rome_statute', '2030-05-01').status).toBe('party');
  });

  it('derives no APIC withdrawal date (its rule is not encoded): pending until a recorded effective date', () => {
    const apic = (type: TreatyEventType, date: string) => ev('AAA', type, date, { treaty: 'apic' });
    const events = [apic('ratification', '2006-01-01'), apic('withdrawal_notified', '2020-01-01')];
    expect(treatyStatusOn(events, 'apic', '2025-01-01')).toMatchObject({ status: 'withdrawal_pending', withdrawalEffective: null });
  });
});

describe('an undated record is never counted as a party or as a non-party', () => {
  // A party whose dates are unknown, recorded as an undated entry into force reported by a source of 1 Oct 2026.
  const undated = [ev('BWA', 'entry_into_force', null, { asOf: '2026-10-01', source: 'a list of parties' })];

  it('stays undetermined on every date after the treaty opened, even after the source date: no date is made up', () => {
    for (const date of ['2010-08-09', '2026-10-01', '2026-12-03']) {
      expect(treatyStatusOn(undated, 'rome_statute', date)).toMatchObject({ status: 'none', since: null, undetermined: true });
    }
    expect(treatyStatusOn(undated, 'rome_statute', '1998-07-16')).toMatchObject({ status: 'none', undetermined: false });
  });

  it('still derives entry into force from a dated deposit when the recorded entry into force is undated', () => {
    const events = [ev('AAA', 'ratification', '2000-09-08'), ev('AAA', 'entry_into_force', null, { asOf: '2026-10-01' })];
    expect(treatyStatusOn(events, 'rome_statute', '2003-01-01')).toMatchObject({
      status: 'party',
      since: '2002-07-01',
      undetermined: false,
    });
  });

  it('leaves an undated deposit undetermined, with no entry into force computed from its source date', () => {
    const events = [ev('AAA', 'accession', null, { asOf: '2020-01-01' })];
    for (const date of ['2020-02-01', '2026-12-03']) {
      const status = treatyStatusOn(events, 'rome_statute', date);
      expect(status).toMatchObject({ status: 'none', since: null, entryIntoForce: null, undetermined: true });
      expect(status.derived).toEqual([]);
    }
  });

  it('keeps a dated party with an undated withdrawal notice out of both counts', () => {
    const events = [ev('AAA', 'ratification', '2001-01-01'), ev('AAA', 'withdrawal_notified', null, { asOf: '2025-01-01' })];
    const counts = countPartiesByRegionalGroup([{ id: 'AAA', regionalGroup: 'african' }], events, '2026-12-03');
    expect(counts.african).toEqual({ parties: 0, undetermined: 1 });
  });
});

describe('countPartiesByRegionalGroup', () => {
  it('counts parties and pending withdrawals per group, and keeps undated ones apart', () => {
    const states = [
      { id: 'BEN', regionalGroup: 'african' as const },
      { id: 'BWA', regionalGroup: 'african' as const },
      { id: 'BDI', regionalGroup: 'african' as const },
      { id: 'JPN', regionalGroup: 'asia_pacific' as const },
      { id: 'XXB', regionalGroup: null },
    ];
    const events = [
      ev('BEN', 'ratification', '2002-01-22'),
      ev('BWA', 'entry_into_force', null, { asOf: '2026-10-01' }),
      ev('BDI', 'entry_into_force', '2004-12-01'),
      ev('BDI', 'withdrawal_notified', '2016-10-27'),
      ev('JPN', 'accession', '2007-07-17'),
      ev('XXB', 'accession', '2001-01-01'),
    ];
    const on2017 = countPartiesByRegionalGroup(states, events, '2017-01-01');
    expect(on2017.african).toEqual({ parties: 2, undetermined: 1 });
    expect(on2017.asia_pacific).toEqual({ parties: 1, undetermined: 0 });
    expect(on2017.unassigned).toEqual({ parties: 1, undetermined: 0 });
    expect(on2017.total).toEqual({ parties: 4, undetermined: 1 });
    expect(countPartiesByRegionalGroup(states, events, '2026-11-28').african).toEqual({ parties: 1, undetermined: 1 });
  });
});

describe('the amendments, treaties of their own', () => {
  it('enter into force for a State one year after its deposit (art. 121(5)); the art. 124 amendment only by a recorded date', () => {
    const events = [ev('LIE', 'ratification', '2012-05-08', { treaty: 'amendment_aggression' })];
    expect(treatyStatusOn(events, 'amendment_aggression', '2013-05-07').status).toBe('instrument_deposited');
    expect(treatyStatusOn(events, 'amendment_aggression', '2013-05-08')).toMatchObject({ status: 'party', since: '2013-05-08' });
    expect(treatyStatusOn(events, 'rome_statute', '2013-05-08').status).toBe('none');
    const art124 = [ev('NLD', 'acceptance', '2016-11-28', { treaty: 'amendment_art124' })];
    expect(treatyStatusOn(art124, 'amendment_art124', '2026-12-03')).toMatchObject({
      status: 'instrument_deposited',
      entryIntoForce: null,
    });
  });
});
