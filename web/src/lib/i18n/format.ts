import type { Language } from './languages.ts';

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Formats a date for `language`. An ISO date without a time ("2010-10-30", a deadline) names a
 * calendar day, not an instant, so it is formatted in UTC and never shifts to the previous day.
 */
export function formatDate(
  language: Language,
  value: Date | string | number,
  options: Intl.DateTimeFormatOptions = { dateStyle: 'long' },
): string {
  const dateOnly = typeof value === 'string' && DATE_ONLY.test(value);
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime())) return String(value);
  return new Intl.DateTimeFormat(language, dateOnly ? { timeZone: 'UTC', ...options } : options).format(date);
}

export function formatNumber(language: Language, value: number, options?: Intl.NumberFormatOptions): string {
  return new Intl.NumberFormat(language, options).format(value);
}
