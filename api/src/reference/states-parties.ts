import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { apiRoot } from '../paths.ts';
import type { EntityRecord } from '../db/repositories/entities.ts';
import type { TreatyEventRecord } from '../db/repositories/treaty-events.ts';

/** The partial fixture of States Parties (api/reference/states-parties.csv; sources beside it). */
export const STATES_PARTIES_CSV = join(apiRoot(), 'reference/states-parties.csv');

const REGIONAL_GROUPS: Record<string, string> = {
  African: 'african',
  'Asia-Pacific': 'asia_pacific',
  'Eastern European': 'eastern_european',
  'Latin American and Caribbean': 'grulac',
  'Western European and other': 'weog',
};

interface Row {
  name_en: string;
  name_fr: string;
  iso3: string;
  un_regional_group: string;
  signature_date: string;
  ratification_or_accession_date: string;
  kind: string;
  entry_into_force: string;
  withdrawal_notified: string;
  withdrawal_effective: string;
  apic_party: string;
  source: string;
}

/** The fixture's lists were checked in October 2026 (states-parties-sources.md, LIST125). */
const FIXTURE_CHECKED_ON = '2026-10-31';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const dateOrNull = (s: string) => (ISO_DATE.test(s.trim()) ? s.trim() : null);

/**
 * Entities and dated treaty events from the fixture. Empty means unknown: no date is ever invented.
 * Every row is (or was) a State Party, so a row without dates still says so: an undated entry into
 * force with the date by which it is known to have happened (`asOf`).
 */
export function loadStatesParties(csv: string = readFileSync(STATES_PARTIES_CSV, 'utf8')) {
  const rows = parse(csv, { columns: true, skip_empty_lines: true, trim: true }) as Row[];
  const entities: EntityRecord[] = [];
  const events: TreatyEventRecord[] = [];
  for (const row of rows) {
    const id = row.iso3.toUpperCase();
    const group = REGIONAL_GROUPS[row.un_regional_group];
    if (!/^[A-Z]{3}$/.test(id) || !group) throw new Error(`states-parties.csv: bad row for "${row.name_en}"`);
    entities.push({ id, kind: 'state', names: { en: row.name_en, fr: row.name_fr || row.name_en }, regionalGroup: group });
    const source = row.source || null;
    const event = (treaty: string, type: string, date: string | null, n: number) =>
      events.push({ id: `${id}-${treaty}-${type}-${n}`, entityId: id, treaty, type, date, source, asOf: null });
    const signature = dateOrNull(row.signature_date);
    if (signature) event('rome_statute', 'signature', signature, 1);
    const deposit = dateOrNull(row.ratification_or_accession_date);
    const instrument = row.kind === 'accession' ? 'accession' : row.kind === 'succession' ? 'succession' : 'ratification';
    if (deposit && !row.kind) {
      events.push({
        id: `${id}-rome_statute-${instrument}-1`,
        entityId: id,
        treaty: 'rome_statute',
        type: instrument,
        date: deposit,
        source: `${source ?? ''} | instrument type not in the fixture: recorded as ratification`.trim(),
        asOf: null,
      });
    } else if (deposit) event('rome_statute', instrument, deposit, 1);
    const entryIntoForce = dateOrNull(row.entry_into_force);
    const notified = dateOrNull(row.withdrawal_notified);
    if (entryIntoForce) event('rome_statute', 'entry_into_force', entryIntoForce, 1);
    else if (!deposit) {
      // Known to be (or to have been) a party, dates unknown: an undated entry into force, true as of
      // the day the fixture was checked, or of the withdrawal notice (a State notifying withdrawal was a party).
      events.push({
        id: `${id}-rome_statute-entry_into_force-1`,
        entityId: id,
        treaty: 'rome_statute',
        type: 'entry_into_force',
        date: null,
        source,
        asOf: notified ?? FIXTURE_CHECKED_ON,
      });
    }
    if (notified) event('rome_statute', 'withdrawal_notified', notified, 1);
    const effective = dateOrNull(row.withdrawal_effective);
    if (effective) event('rome_statute', 'withdrawal_effective', effective, 1);
    if (row.apic_party === 'yes') {
      events.push({
        id: `${id}-apic-entry_into_force-1`,
        entityId: id,
        treaty: 'apic',
        type: 'entry_into_force',
        date: null,
        source,
        asOf: FIXTURE_CHECKED_ON,
      });
    }
  }
  return { entities, events };
}
