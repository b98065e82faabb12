/**
 * Filtering the response tracking, and rates by the API's own rule (api/src/services/tracking.ts): an
 * answer returned for correction still counts as a response. The tracking page shows the request's
 * rates as the API computed them, whatever the filter; `ratesOf` serves sets of rows such as the
 * report's annex over several requests.
 */
import type { Cycle, Language } from '@clearinghouse/shared';
import { requestTitle } from './request-language.ts';
import type { Names, Rate, TrackingRow, TrackingState } from './types.ts';

export interface TrackingFilter {
  group: string; // '' = every group; 'none' = entities without one
  kind: string; // '' = every kind
  state: string; // '' = every state; 'overdue' = overdue ones
}

export const NO_FILTER: TrackingFilter = { group: '', kind: '', state: '' };

export const ANSWERED: ReadonlySet<TrackingState> = new Set(['returned', 'transmitted', 'acknowledged', 'published']);

export function filterRows(rows: readonly TrackingRow[], filter: TrackingFilter): TrackingRow[] {
  return rows.filter(
    (row) =>
      (!filter.group || (row.regionalGroup ?? 'none') === filter.group) &&
      (!filter.kind || row.kind === filter.kind) &&
      (!filter.state || (filter.state === 'overdue' ? row.overdue : row.state === filter.state)),
  );
}

const rateOf = (rows: readonly TrackingRow[]): Rate => {
  const responded = rows.filter((r) => ANSWERED.has(r.state)).length;
  return { addressed: rows.length, responded, rate: rows.length ? Math.round((responded / rows.length) * 1000) / 10 : 0 };
};

/** One rate per regional group present (entities without a group under 'none'), then the total. */
export function ratesOf(rows: readonly TrackingRow[]): { groups: (Rate & { group: string })[]; total: Rate } {
  const groups = [...new Set(rows.map((r) => r.regionalGroup ?? 'none'))].sort();
  return {
    groups: groups.map((group) => ({ group, ...rateOf(rows.filter((r) => (r.regionalGroup ?? 'none') === group)) })),
    total: rateOf(rows),
  };
}

/** Distinct values for the filter menus, in a stable order. */
export const optionsOf = (rows: readonly TrackingRow[], pick: (r: TrackingRow) => string): string[] => [...new Set(rows.map(pick))].sort();

/** A name in the reader's language, else English. */
export const nameIn = (names: Names | string, language: string): string =>
  typeof names === 'string' ? names : (names[language] ?? names.en);

/** A request's title in the reader's language, else by the fallback chain (request-language.ts). */
export const cycleTitle = (cycle: Pick<Cycle, 'title' | 'titles'>, language: Language): string => requestTitle(cycle, language).text;
