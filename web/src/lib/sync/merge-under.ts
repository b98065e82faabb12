/**
 * A pulled version merged UNDER this device's unsent edits (apply-changes.ts): the server's version
 * becomes the base and every local edit stays on top, the conflicting ones included (the server decides
 * those when the outbox is pushed). Its own module so the merge code loads only when a pull brings
 * changes.
 */
import { isListField, isLongText, threeWayMerge, type Category, type Change } from '@clearinghouse/shared';

type LocalRecord = Record<string, unknown>;

/** The incoming version with the local edits on top: the local value wins wherever both changed. */
export function mergeUnder(table: Change['table'], base: LocalRecord, server: LocalRecord, local: LocalRecord): LocalRecord {
  const category = (local.category ?? server.category) as Category | undefined;
  const itemField = (test: typeof isLongText) => (field: string) => table === 'items' && !!category && test(category, field);
  const { merged, conflicts } = threeWayMerge({
    base,
    server,
    client: local,
    isLongText: itemField(isLongText),
    isList: itemField(isListField),
  });
  for (const c of conflicts) {
    if (local[c.field] === undefined) delete merged[c.field];
    else merged[c.field] = c.client;
  }
  return merged;
}
