import { isStatePartyOn, treatyEventSchema, treatyStatusOn, type TreatyEvent } from '@clearinghouse/shared';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { loadStatesParties } from './states-parties.ts';

const { entities, events } = loadStatesParties();
const eventsOf = (id: string) => events.filter((e) => e.entityId === id) as unknown as TreatyEvent[];

describe('the States Parties fixture', () => {
  it('loads every State with its regional group, and only valid treaty events', () => {
    expect(entities.length).toBeGreaterThanOrEqual(120);
    expect(new Set(entities.map((e) => e.regionalGroup))).toEqual(
      new Set(['african', 'asia_pacific', 'eastern_european', 'grulac', 'weog']),
    );
    for (const e of events) expect(v.safeParse(treatyEventSchema, e).success, JSON.stringify(e)).toBe(true);
  });

  it('derives status on dates before and after a ratification (Benin, 2002-01-22)', () => {
    expect(treatyStatusOn(eventsOf('BEN'), 'rome_statute', '2001-12-31').status).toBe('signatory');
    expect(treatyStatusOn(eventsOf('BEN'), 'rome_statute', '2002-02-01').status).toBe('instrument_deposited');
    expect(isStatePartyOn(eventsOf('BEN'), '2002-07-01')).toBe(true);
  });

  it('derives status before and after an accession (Tunisia, 2011-06-24, in force 2011-09-01)', () => {
    expect(isStatePartyOn(eventsOf('TUN'), '2011-06-01')).toBe(false);
    expect(isStatePartyOn(eventsOf('TUN'), '2011-09-01')).toBe(true);
  });

  it('derives a withdrawal (Burundi: notified 2016-10-27, effective 2017-10-27)', () => {
    expect(treatyStatusOn(eventsOf('BDI'), 'rome_statute', '2017-01-01').status).toBe('withdrawal_pending');
    expect(isStatePartyOn(eventsOf('BDI'), '2017-01-01')).toBe(true);
    expect(treatyStatusOn(eventsOf('BDI'), 'rome_statute', '2017-10-28').status).toBe('withdrawn');
  });

  it('keeps a party with unknown dates a party, without inventing a date', () => {
    const botswana = treatyStatusOn(eventsOf('BWA'), 'rome_statute', '2026-11-28');
    expect(botswana.status).toBe('party');
    expect(botswana.since).toBeNull();
    expect(eventsOf('BWA').every((e) => e.date === null)).toBe(true);
  });
});
