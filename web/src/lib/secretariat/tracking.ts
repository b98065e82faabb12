/**
 * Filtering the response tracking, and rates by the rule the API uses (`responseRates` in
 * @clearinghouse/shared). The tracking page shows the request's rates as the API computed them,
 * whatever the filter; `ratesOf` serves sets of rows such as the report's annex over several requests.
 */
import { requestTitle } from './request-language.ts';
import { responseRates, type Cycle, type Language, type Rates, type TrackingRow } from '@clearinghouse/shared';

export interface TrackingFilter {
  group: string; // '' = every group; 'none' = entities without one
  kind: string; // '' = every kind
  state: string; // '' = every state; 'overdue' = overdue ones
}

export const NO_FILTER: TrackingFilter = { group: '', kind: '', state: '' };

export function filterRows(rows: readonly TrackingRow[], filter: TrackingFilter): TrackingRow[] {
  return rows.filter(
    (row) =>
      (!filter.group || (row.regionalGroup ?? 'none') === filter.group) &&
      (!filter.kind || row.kind === filter.kind) &&
      (!filter.state || (filter.state === 'overdue' ? row.overdue : row.state === filter.state)),
  );
}

/** One rate per regional group present (entities without a group under 'none'), in name order, then the total. */
export function ratesOf(rows: readonly TrackingRow[]): Rates {
  const rates = responseRates(rows);
  return { ...rates, groups: [...rates.groups].sort((a, b) => (a.group < b.group ? -1 : a.group > b.group ? 1 : 0)) };
}

/** Distinct values for the filter menus, in a stable order. */
export const optionsOf = (rows: readonly TrackingRow[], pick: (r: TrackingRow) => string): string[] => [...new Set(rows.map(pick))].sort();

/** A request's title in the reader's language, else by the fallback chain (request-language.ts). */
export const cycleTitle = (cycle: Pick<Cycle, 'title' | 'titles'>, language: Language): string => requestTitle(cycle, language).text;
