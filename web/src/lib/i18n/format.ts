import { formalDate as formalDateIn } from '@clearinghouse/shared/formal-text';
import type { Language } from '@clearinghouse/shared/languages';

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

const browserLanguages = (): readonly string[] => (typeof navigator === 'undefined' ? [] : (navigator.languages ?? [navigator.language]));

/**
 * The locale dates are written in on the pages: the reader's language as their browser spells it
 * with a region (`en-GB` "3 December 2026", `en-US` "December 3, 2026", `fr-CA`), else the bare
 * language. Formal documents do not follow the region: see `formalDate`.
 */
export function regionalLocale(language: Language, preferred: readonly string[] = browserLanguages()): string {
  const tag = preferred.find((p) => p.toLowerCase().split('-')[0] === language);
  if (!tag) return language;
  try {
    return Intl.DateTimeFormat.supportedLocalesOf([tag]).length ? tag : language;
  } catch {
    return language; // a malformed tag in the browser's list
  }
}

/**
 * Formats a date for `language` on a page. An ISO date without a time ("2010-10-30", a deadline)
 * names a calendar day, not an instant, so it is formatted in UTC and never shifts to the previous day.
 */
export function formatDate(
  language: Language,
  value: Date | string | number,
  options: Intl.DateTimeFormatOptions = { dateStyle: 'long' },
  preferred?: readonly string[],
): string {
  const dateOnly = typeof value === 'string' && DATE_ONLY.test(value);
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime())) return String(value);
  return new Intl.DateTimeFormat(regionalLocale(language, preferred), dateOnly ? { timeZone: 'UTC', ...options } : options).format(date);
}

/** A date in a formal text (note verbale, report, printed submission): "9 August 2010", "1er février 2026". */
export const formalDate = formalDateIn;

export function formatNumber(language: Language, value: number, options?: Intl.NumberFormatOptions): string {
  return new Intl.NumberFormat(language, options).format(value);
}
