/**
 * One way to turn a valibot result into the contract's `details`: a FieldError per problem, naming the
 * top-level field (the unit of merge and of the editor's forms) and saying what is wrong in a sentence.
 */
import * as v from 'valibot';
import type { FieldError, FieldErrorCode } from '../errors.ts';
import { isPlainObject } from '../json.ts';

export type Validation<T> = { ok: true; value: T } | { ok: false; details: FieldError[] };

const sentence = (subject: string, reason: string): string => {
  const text = `${subject} ${reason}`.trim();
  return /[.!?]$/.test(text) ? text : `${text}.`;
};

const VALIDATION_CODES: Readonly<Record<string, FieldErrorCode>> = {
  min_length: 'too-short',
  non_empty: 'too-short',
  min_size: 'too-short',
  max_length: 'too-long',
  max_size: 'too-long',
  max_bytes: 'too-long',
  min_value: 'out-of-range',
  max_value: 'out-of-range',
  integer: 'wrong-type',
  regex: 'invalid-format',
  email: 'invalid-format',
  url: 'invalid-format',
  uuid: 'invalid-format',
  iso_date: 'invalid-format',
  iso_timestamp: 'invalid-format',
  iso_date_time: 'invalid-format',
};
const OPTION_SCHEMAS = new Set(['picklist', 'enum', 'literal', 'union', 'variant']);

/** The field error code of one valibot issue. */
function codeOf(issue: v.BaseIssue<unknown>, missing: boolean): FieldErrorCode {
  if (missing) return 'required';
  if (issue.kind === 'validation') return VALIDATION_CODES[issue.type] ?? 'invalid';
  if (issue.kind === 'schema') {
    if (issue.type === 'strict_object' && issue.expected === 'never') return 'unknown-field';
    return OPTION_SCHEMAS.has(issue.type) ? 'not-an-option' : 'wrong-type';
  }
  return 'invalid';
}

/** Converts issues to FieldErrors, one per path, keeping the innermost (most specific) message. */
export const issuesToDetails = (issues: readonly v.BaseIssue<unknown>[]): FieldError[] => {
  const byPath = new Map<string, FieldError>();
  for (const issue of issues) {
    const dotPath = v.getDotPath(issue) ?? '';
    const field = dotPath.split('.')[0] ?? '';
    const path = dotPath.replace(/\.(\d+)(?=\.|$)/g, '[$1]');
    // valibot reports a missing required key with the object's own message; say what it means
    const missing = issue.kind === 'schema' && issue.type === 'object' && issue.input === undefined && dotPath !== '';
    const reason = missing ? 'is required' : issue.message;
    if (!byPath.has(path)) byPath.set(path, { field, code: codeOf(issue, missing), message: sentence(path || 'The record', reason) });
  }
  return [...byPath.values()];
};

/**
 * Validates `input` against `schema`, first refusing any key outside `allowed` by name (valibot's
 * strict objects report only the first one).
 */
export const validateRecord = <T>(
  schema: v.GenericSchema<unknown, T>,
  input: unknown,
  allowed: ReadonlySet<string>,
  describe: string,
): Validation<T> => {
  if (!isPlainObject(input))
    return {
      ok: false,
      details: [
        { field: '', code: 'not-an-object', message: `${describe.charAt(0).toUpperCase()}${describe.slice(1)} must be a JSON object.` },
      ],
    };
  const unknown: FieldError[] = Object.keys(input)
    .filter((key) => !allowed.has(key))
    .map((field) => ({ field, code: 'unknown-field', message: `${field} is not a field of ${describe}.` }));
  const result = v.safeParse(schema, input);
  const details = [...unknown, ...(result.success ? [] : issuesToDetails(result.issues))];
  return details.length === 0 && result.success ? { ok: true, value: result.output } : { ok: false, details };
};
