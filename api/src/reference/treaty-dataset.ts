import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { officialStateName, unStateNames, type RegionalGroup, type Treaty, type TreatyEventType } from '@clearinghouse/shared';
import { parse } from 'csv-parse/sync';
import { apiRoot } from '../paths.ts';
import type { EntityRecord } from '../db/repositories/entities.ts';
import type { TreatyEventRecord } from '../db/repositories/treaty-events.ts';
import { REFERENCE_SOURCES } from './treaty-sources.ts';

/** The sourced dataset (api/reference/treaty/SOURCES.md); parse.py and un_members.py rebuild its CSVs. */
export const TREATY_DATA_DIR = join(apiRoot(), 'reference/treaty');
export const TREATY_FILES = ['rome-statute.csv', 'apic.csv', 'kampala-2018.csv', 'un-member-states.csv'] as const;
export type TreatyFiles = Record<(typeof TREATY_FILES)[number], string>;

export const readTreatyFiles = (dir = TREATY_DATA_DIR): TreatyFiles =>
  Object.fromEntries(TREATY_FILES.map((f) => [f, readFileSync(join(dir, f), 'utf8')])) as TreatyFiles;

const REGIONAL_GROUPS: Record<string, RegionalGroup> = {
  African: 'african',
  'Asia-Pacific': 'asia_pacific',
  'Eastern European': 'eastern_european',
  'Latin American and Caribbean': 'grulac',
  'Western European and other': 'weog',
};
const AMENDMENT_OF_MTDSG: Record<string, Treaty> = {
  'XVIII-10-a': 'amendment_art8',
  'XVIII-10-b': 'amendment_aggression',
  'XVIII-10-c': 'amendment_art124',
};
const INSTRUMENTS = new Set(['ratification', 'accession', 'succession', 'acceptance', 'approval']);
/** Source keys that the dataset cites only in its notes (unverified reports, announcements): never a fact's source. */
const NOTE_ONLY_SOURCES = new Set(['HUNRESC', 'AES', 'VEN', 'WIKIAFG', 'GMBZAF']);
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

type Row = Record<string, string>;
const rowsOf = (csv: string): Row[] => parse(csv, { columns: true, skip_empty_lines: true, trim: true, bom: true }) as Row[];

const dateOrNull = (value: string | undefined, where: string): string | null => {
  if (!value) return null; // empty means unknown
  if (!ISO_DATE.test(value)) throw new Error(`${where}: "${value}" is not a yyyy-mm-dd date`);
  return value;
};

/** The row's source keys for its facts: without the computed-date rule and without note-only keys. */
const factSources = (file: string, sources: string) => {
  const keys = sources
    .split(';')
    .map((k) => k.trim())
    .filter((k) => k && !k.startsWith('EIF computed') && !NOTE_ONLY_SOURCES.has(k));
  return `${file}: ${keys.join('; ')}`;
};

/**
 * Entities and treaty events from the dataset. Only dated facts become events (an empty cell stays
 * unknown); the `notes` column is never read, so an unverified report can change no status. Entry into
 * force is not loaded: treaty-status.ts derives it from the deposit by the treaty's rule and says so.
 */
export function loadTreatyDataset(files: TreatyFiles = readTreatyFiles()) {
  const events: TreatyEventRecord[] = [];
  const groups = new Map<string, string>();
  const add = (entityId: string, treaty: Treaty, type: TreatyEventType, date: string | null, source: string) => {
    if (date)
      events.push({ id: `ref:${entityId}:${treaty}:${type}`, entityId, treaty, type, date, source, asOf: null, origin: 'reference' });
  };
  const instrumentOf = (row: Row, where: string): TreatyEventType => {
    if (!INSTRUMENTS.has(row.instrument!)) throw new Error(`${where}: unknown instrument "${row.instrument}"`);
    return row.instrument as TreatyEventType;
  };

  for (const row of rowsOf(files['un-member-states.csv'])) groups.set(row.iso3!, row.regional_group!);
  for (const row of rowsOf(files['rome-statute.csv'])) {
    const id = row.iso3!;
    const where = `rome-statute.csv ${id}`;
    groups.set(id, row.regional_group!);
    const source = factSources('rome-statute.csv', row.sources!);
    add(id, 'rome_statute', 'signature', dateOrNull(row.signature_date, where), source);
    const deposit = dateOrNull(row.deposit_date, where);
    if (deposit) add(id, 'rome_statute', instrumentOf(row, where), deposit, source);
    add(id, 'rome_statute', 'withdrawal_notified', dateOrNull(row.withdrawal_notified, where), source);
    add(id, 'rome_statute', 'withdrawal_effective', dateOrNull(row.withdrawal_effective, where), source);
  }
  for (const row of rowsOf(files['apic.csv'])) {
    const id = row.iso3!;
    const where = `apic.csv ${id}`;
    const source = factSources('apic.csv', row.sources!);
    add(id, 'apic', 'signature', dateOrNull(row.signature_date, where), source);
    const deposit = dateOrNull(row.deposit_date, where);
    if (deposit) add(id, 'apic', instrumentOf(row, where), deposit, source);
  }
  for (const row of rowsOf(files['kampala-2018.csv'])) {
    const treaty = AMENDMENT_OF_MTDSG[row.mtdsg!];
    const where = `kampala-2018.csv ${row.iso3} ${row.mtdsg}`;
    if (!treaty) throw new Error(`${where}: unknown amendment`);
    const deposit = dateOrNull(row.deposit_date, where);
    if (deposit) add(row.iso3!, treaty, instrumentOf(row, where), deposit, `kampala-2018.csv: ${row.source}`);
  }

  const entities: EntityRecord[] = [...groups].map(([id, group]) => {
    const regionalGroup = REGIONAL_GROUPS[group];
    if (!/^[A-Z]{3}$/.test(id) || !regionalGroup) throw new Error(`treaty dataset: bad State "${id}" (${group})`);
    if (!unStateNames(id)) throw new Error(`treaty dataset: ${id} is missing from the UN names table`);
    const names = { en: officialStateName(id, 'en'), fr: officialStateName(id, 'fr') } as EntityRecord['names'];
    for (const lang of ['ar', 'es', 'ru', 'zh']) names[lang] = officialStateName(id, lang);
    return { id, kind: 'state' as const, names, regionalGroup };
  });
  for (const e of events) if (!groups.has(e.entityId)) throw new Error(`treaty dataset: event for unknown State ${e.entityId}`);
  return { entities, events, sources: REFERENCE_SOURCES };
}
