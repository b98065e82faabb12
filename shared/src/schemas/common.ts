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

/** States use their ISO 3166 alpha-3 code (BEN); organisations a lowercase slug (african-union). */
export const ENTITY_ID = /^(?:[A-Z]{3}|[a-z0-9]+(?:-[a-z0-9]+)*)$/;
export const entityIdSchema = v.pipe(
  v.string('must be text'),
  v.maxLength(64, 'must be at most 64 characters long'),
  v.regex(ENTITY_ID, 'must be an ISO 3166 alpha-3 code (BEN) or a lowercase slug (african-union)'),
);

export const uniqueItems = <T>(list: T[]): boolean => new Set(list.map((x) => JSON.stringify(x))).size === list.length;
