import type { DialectName } from './connection.ts';

/**
 * SQL text written once per dialect and count (of rows, or of listed values), for the push's hot
 * statements (compiled-insert.ts, compiled-select.ts): `build` gets the count and a placeholder maker
 * that numbers PostgreSQL's parameters ($1, $2, …) and writes SQLite's as `?`.
 */
export function statementTexts(build: (count: number, placeholder: () => string) => string) {
  const texts = new Map<string, string>();
  return (dialect: DialectName, count: number): string => {
    const cacheKey = `${dialect}:${count}`;
    let text = texts.get(cacheKey);
    if (text === undefined) {
      let n = 0;
      text = build(count, dialect === 'postgres' ? () => `$${++n}` : () => '?');
      texts.set(cacheKey, text);
    }
    return text;
  };
}
