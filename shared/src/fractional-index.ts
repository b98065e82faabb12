/**
 * Item order is a fractional index string, so a reorder touches one record and two devices inserting
 * at once rarely collide. The web and the api go through these wrappers, never the library itself.
 */
import { generateKeyBetween, generateNKeysBetween } from 'fractional-indexing';

/** A position sorting strictly between `before` and `after` (null: the start / the end of the list). */
export const positionBetween = (before: string | null, after: string | null): string => generateKeyBetween(before, after);

/** `count` ascending positions between `before` and `after`, e.g. to append several items at once. */
export const positionsBetween = (before: string | null, after: string | null, count: number): string[] =>
  generateNKeysBetween(before, after, count);

/** Whether `value` is a key the library itself would accept as a bound. */
export const isPosition = (value: unknown): value is string => {
  if (typeof value !== 'string' || value.length === 0 || value.length > 200) return false;
  try {
    generateKeyBetween(value, null);
    return true;
  } catch {
    return false;
  }
};
