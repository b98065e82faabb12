import { CompiledQuery } from 'kysely';
import { dialectOf, type Db } from './connection.ts';
import type { Database } from './schema.ts';
import { statementTexts } from './statement-text.ts';

/**
 * `select * from <table> where <fixed> = ? and <listed> in (?, …)` with its SQL text written once per
 * dialect and list length, for the push's set-based reads: the query builder parsed each of a batch's
 * 200 ids into a node and compiled them again for every batch (the same text Kysely wrote).
 */
export function compiledSelectIn<T extends keyof Database>(
  table: T,
  fixed: keyof Database[T] & string,
  listed: keyof Database[T] & string,
) {
  const textFor = statementTexts((count, placeholder) => {
    const first = placeholder();
    const list = Array.from({ length: count }, placeholder).join(', ');
    return `select * from "${table}" where "${fixed}" = ${first} and "${listed}" in (${list})`;
  });
  return async (db: Db, value: unknown, values: readonly unknown[]): Promise<Database[T][]> => {
    if (!values.length) return [];
    const { rows } = await db.executeQuery<Database[T]>(CompiledQuery.raw(textFor(dialectOf(db), values.length), [value, ...values]));
    return rows;
  };
}
