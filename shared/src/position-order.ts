/**
 * How fractional index positions (fractional-index.ts) sort. Apart from it so that code that only sorts
 * (a list of drafts) does not load the library that makes positions.
 */

/** Positions sort by code unit, NOT localeCompare (which would misorder 'a0' and 'Zz'). */
export const comparePositions = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
