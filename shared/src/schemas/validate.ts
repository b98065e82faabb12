/**
 * One way to turn a valibot result into the contract's `details`: a FieldError per problem, naming the
 * top-level field (the unit of merge and of the editor's forms) and saying what is wrong in a sentence.
 */
import * as v from 'valibot';
import type { FieldError } from '../errors.ts';
import { isPlainObject } from '../json.ts';

export type Validation<T> = { ok: true; value: T } | { ok: false; details: FieldError[] };

const sentence = (subject: string, reason: string): string => {
  const text = `${subject} ${reason}`.trim();
  return /[.!?]$/.test(text) ? text : `${text}.`;
};

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
    if (!byPath.has(path)) byPath.set(path, { field, message: sentence(path || 'The record', reason) });
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
      details: [{ field: '', message: `${describe.charAt(0).toUpperCase()}${describe.slice(1)} must be a JSON object.` }],
    };
  const unknown: FieldError[] = Object.keys(input)
    .filter((key) => !allowed.has(key))
    .map((field) => ({ field, message: `${field} is not a field of ${describe}.` }));
  const result = v.safeParse(schema, input);
  const details = [...unknown, ...(result.success ? [] : issuesToDetails(result.issues))];
  return details.length === 0 && result.success ? { ok: true, value: result.output } : { ok: false, details };
};
