/**
 * Dates and typography of formal texts (notes verbales, the compilation report, a printed submission):
 * written as each language writes them in the Assembly's documents, never as ISO dates.
 */
import type { Language } from './languages.ts';

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})/;

/** The Assembly's English documents write day, month, year ("9 August 2010") whatever the reader's region. */
const FORMAL_LOCALE: Record<Language, string> = { en: 'en-GB', fr: 'fr', es: 'es', ar: 'ar', zh: 'zh', ru: 'ru' };

/**
 * "9 August 2010", "9 août 2010", "1er février 2026", "9 de agosto de 2010". An ISO date (or the date
 * part of a timestamp) names a calendar day: formatted in UTC so it never shifts to the day before.
 */
export function formalDate(language: Language, value: string | Date): string {
  const match = typeof value === 'string' ? DATE_ONLY.exec(value) : null;
  const date =
    typeof value === 'string'
      ? match
        ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])))
        : new Date(value)
      : value;
  if (Number.isNaN(date.getTime())) return String(value);
  const utc = typeof value === 'string' && match ? date : new Date(Date.UTC(date.getFullYear(), date.getMonth(), date.getDate()));
  const text = new Intl.DateTimeFormat(FORMAL_LOCALE[language], { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    utc,
  );
  // French writes the first day of a month as an ordinal: "1er février".
  return language === 'fr' ? text.replace(/^1 /, '1er ') : text;
}

const NARROW_NBSP = '\u202f';

/**
 * French typography: a narrow no-break space before ":" ";" "?" "!" and inside « », so a line never
 * starts with the mark. Spaces already there (plain or no-break) become the narrow one; nothing is
 * added where there was no space, so "https://", "10:30" and "art. 8bis" stay as they are.
 */
export function frenchTypography(text: string): string {
  return text
    .replace(/[ \u00a0]+([:;?!»])/g, `${NARROW_NBSP}$1`)
    .replace(/«[ \u00a0]*/g, `«${NARROW_NBSP}`)
    .replace(/([^\s\u202f])»/g, `$1${NARROW_NBSP}»`);
}

/** A formal text in `language`: French typography for French, the text as it is otherwise. */
export const formalTypography = (language: Language, text: string): string => (language === 'fr' ? frenchTypography(text) : text);
