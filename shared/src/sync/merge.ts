/**
 * Field-level three-way merge of one record against the last version both sides agreed on. A push
 * carries only the fields the client changed, so a field the client did not send is unchanged on its
 * side. Pure: the server applies the result and records the conflicts.
 */
import { canonicalJson, cloneJson, deepEqual } from '../json.ts';
import { mergeText } from './text-merge.ts';

export type FieldRecord = Record<string, unknown>;

export interface FieldConflict {
  field: string;
  base: unknown;
  server: unknown;
  client: unknown;
}

export interface MergeInput {
  /** The record at the client's baseVersion. */
  base: FieldRecord;
  /** The record now on the server. */
  server: FieldRecord;
  /** The client's changed fields (a complete record works too: unchanged fields equal base). */
  client: FieldRecord;
  isLongText(field: string): boolean;
  isList(field: string): boolean;
}

export interface MergeOutput {
  /** The record to store: server values where a field conflicts. */
  merged: FieldRecord;
  conflicts: FieldConflict[];
}

const has = (record: FieldRecord, field: string) => Object.hasOwn(record, field) && record[field] !== undefined;

/**
 * Both sides changed a list used as a set: additions from either side are kept, removals from either
 * side are applied, in server order followed by the client's additions. Never a conflict.
 */
export const mergeSet = (base: readonly unknown[], server: readonly unknown[], client: readonly unknown[]): unknown[] => {
  const keys = (list: readonly unknown[]) => new Set(list.map(canonicalJson));
  const baseKeys = keys(base);
  const clientKeys = keys(client);
  const serverKeys = keys(server);
  const removedByClient = new Set([...baseKeys].filter((k) => !clientKeys.has(k)));
  const result = new Map<string, unknown>();
  for (const value of [...server, ...client]) {
    const key = canonicalJson(value);
    if (removedByClient.has(key) || result.has(key)) continue;
    // a client element counts only if the client added it; one it kept but the server removed stays removed
    if (!serverKeys.has(key) && baseKeys.has(key)) continue;
    result.set(key, value);
  }
  return [...result.values()];
};

/** Merges one field changed on both sides to different values; undefined when it cannot be merged. */
const mergeBothChanged = (
  input: MergeInput,
  field: string,
  base: unknown,
  server: unknown,
  client: unknown,
): { value: unknown } | undefined => {
  if (input.isLongText(field) && typeof server === 'string' && typeof client === 'string' && (typeof base === 'string' || base == null)) {
    const text = mergeText(typeof base === 'string' ? base : '', server, client);
    return text.ok ? { value: text.text } : undefined;
  }
  if (input.isList(field) && Array.isArray(server) && Array.isArray(client) && (Array.isArray(base) || base == null)) {
    return { value: mergeSet(Array.isArray(base) ? base : [], server, client) };
  }
  return undefined;
};

export const threeWayMerge = (input: MergeInput): MergeOutput => {
  const { base, server, client } = input;
  const merged = cloneJson(server);
  const conflicts: FieldConflict[] = [];
  for (const field of Object.keys(client)) {
    if (!has(client, field) && !has(base, field)) continue;
    const [b, s, c] = [base[field], server[field], client[field]];
    if (deepEqual(c, b) || deepEqual(c, s)) continue; // client unchanged, or both made the same change
    if (deepEqual(s, b)) {
      merged[field] = cloneJson(c); // changed on the client only
      continue;
    }
    const resolved = mergeBothChanged(input, field, b, s, c);
    if (resolved) merged[field] = cloneJson(resolved.value);
    else conflicts.push({ field, base: cloneJson(b), server: cloneJson(s), client: cloneJson(c) });
  }
  for (const field of Object.keys(merged)) if (merged[field] === undefined) delete merged[field];
  return { merged, conflicts };
};
