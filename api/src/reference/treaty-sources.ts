import type { Treaty } from '@clearinghouse/shared';

/**
 * How current the reference data is, per treaty: every figure built on it says "as of" this date, and
 * never claims to be more current. Changes after it come only from the Secretariat's own records.
 */
export const REFERENCE_SOURCES: Record<Treaty, { asOf: string; basis: string }> = {
  rome_statute: {
    asOf: '2026-12-03',
    basis:
      'UN Treaty Collection participants table of January 2014, with each later accession, ratification and withdrawal from its own source; compiled 3 December 2026',
  },
  apic: { asOf: '2018-01-15', basis: 'UN Treaty Collection, APIC participants table as at 15 January 2018' },
  amendment_art8: { asOf: '2018-01-15', basis: 'UN Treaty Collection, participants table as at 15 January 2018' },
  amendment_aggression: { asOf: '2018-01-15', basis: 'UN Treaty Collection, participants table as at 15 January 2018' },
  amendment_art124: { asOf: '2018-01-15', basis: 'UN Treaty Collection, participants table as at 15 January 2018' },
};
