/**
 * Small schemas every record kind uses. Messages are the end of a sentence whose subject is the field
 * ("startDate must be a date written yyyy-mm-dd."): validate.ts puts the field name in front.
 */
import * as v from 'valibot';
import { isIsoDate } from '../iso-date.ts';
import { isUuid } from '../ids.ts';

export const uuidSchema = v.pipe(
  v.string('must be text'),
  v.check((s: string) => isUuid(s), 'must be a UUID'),
);

export const isoDateSchema = v.pipe(
  v.string('must be a date written yyyy-mm-dd'),
  v.check((s: string) => isIsoDate(s), 'must be a real date written yyyy-mm-dd'),
);

/** Server timestamps: ISO 8601 with a time zone, as Date.prototype.toISOString writes them. */
export const timestampSchema = v.pipe(v.string('must be a timestamp'), v.isoTimestamp('must be an ISO 8601 timestamp'));

export const textSchema = (maxLength: number) =>
  v.pipe(v.string('must be text'), v.maxLength(maxLength, `must be at most ${maxLength} characters long`));

/**
 * Line breaks and other control characters (tab excepted) in a one-line value: they have no business
 * there, and in the places the value travels (an iCalendar property, a CSV cell, a header) a line
 * break starts a new property or row that the author did not write.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const LINE_CONTROL = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029]/;
export const hasLineControl = (value: string): boolean => LINE_CONTROL.test(value);

/** Text on one line: a title, a name, a place, an address. */
export const singleLineSchema = (maxLength: number) =>
  v.pipe(
    textSchema(maxLength),
    v.check((s: string) => !hasLineControl(s), 'must be on one line, without control characters'),
  );

/** A web address, http or https, with no whitespace or control character anywhere in it. */
export const webAddressSchema = (maxLength: number) =>
  v.pipe(
    singleLineSchema(maxLength),
    v.regex(/^[^\s]*$/, 'must be a web address without spaces'),
    v.url('must be a web address'),
    v.regex(/^https?:\/\//i, 'must be a web address starting with http:// or https://'),
  );

/** States use their ISO 3166 alpha-3 code (BEN); organisations a lowercase slug (african-union). */
export const ENTITY_ID = /^(?:[A-Z]{3}|[a-z0-9]+(?:-[a-z0-9]+)*)$/;
export const entityIdSchema = v.pipe(
  v.string('must be text'),
  v.maxLength(64, 'must be at most 64 characters long'),
  v.regex(ENTITY_ID, 'must be an ISO 3166 alpha-3 code (BEN) or a lowercase slug (african-union)'),
);

/**
 * No value twice, compared as JSON. Lists of text (every list the forms have) are compared as they are,
 * without writing each value's JSON: two strings have the same JSON exactly when they are equal.
 */
export const uniqueItems = <T>(list: T[]): boolean =>
  new Set(list.every((x) => typeof x === 'string') ? list : list.map((x) => JSON.stringify(x))).size === list.length;
