/**
 * Calendar arithmetic on ISO dates (yyyy-mm-dd) in UTC. Treaty dates are calendar days, not instants, so
 * everything here works on the date string and never on local time (a Date in a UTC-5 browser would
 * otherwise shift a deposit to the previous day).
 */
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar date written yyyy-mm-dd (rejects 2023-02-30). */
export const isIsoDate = (value: unknown): value is string => {
  if (typeof value !== 'string') return false;
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
};

const toUtc = (iso: string): Date => {
  if (!isIsoDate(iso)) throw new RangeError(`Not an ISO date: ${iso}`);
  return new Date(`${iso}T00:00:00Z`);
};
const fromUtc = (date: Date): string => date.toISOString().slice(0, 10);

export const addDays = (iso: string, days: number): string => {
  const date = toUtc(iso);
  date.setUTCDate(date.getUTCDate() + days);
  return fromUtc(date);
};

/** Same day N years later; 29 February becomes 1 March in a common year (what a depositary counts). */
export const addYears = (iso: string, years: number): string => {
  const date = toUtc(iso);
  date.setUTCFullYear(date.getUTCFullYear() + years);
  return fromUtc(date);
};

/** The first day of the month that follows the month `iso` falls in. */
export const firstDayOfNextMonth = (iso: string): string => {
  const date = toUtc(iso);
  return fromUtc(new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 1)));
};

/** ISO dates compare as strings; these names make call sites read as dates. */
export const maxDate = (a: string, b: string): string => (a >= b ? a : b);
