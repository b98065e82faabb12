import { once } from 'node:events';
import { createReadStream, createWriteStream, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { Row, RowSource } from '../../db/table-copy.ts';

/**
 * The logical form of a database in a backup: one JSON Lines file per table, one row per line, in
 * primary-key order. Bytes (none today) are written as {"$base64": "..."} so that no value is lost.
 */
/** A Buffer reaches a JSON replacer already as its toJSON() shape, { type: 'Buffer', data: number[] }. */
const isBufferJson = (v: unknown): v is { type: 'Buffer'; data: number[] } =>
  !!v && typeof v === 'object' && 'type' in v && v.type === 'Buffer' && 'data' in v && Array.isArray(v.data);
const encode = (row: Row) =>
  JSON.stringify(row, (_k, v: unknown) => (isBufferJson(v) ? { $base64: Buffer.from(v.data).toString('base64') } : v));
const decode = (line: string) =>
  JSON.parse(line, (_k, v: unknown) =>
    v && typeof v === 'object' && '$base64' in v ? Buffer.from((v as { $base64: string }).$base64, 'base64') : v,
  ) as Row;

export async function writeTableFiles(source: RowSource, dir: string): Promise<void> {
  mkdirSync(dir, { recursive: true });
  for (const table of source.tables) {
    const out = createWriteStream(join(dir, `${table}.jsonl`));
    for await (const rows of source.read(table)) {
      for (const row of rows) if (!out.write(encode(row) + '\n')) await once(out, 'drain');
    }
    out.end();
    await once(out, 'finish');
  }
}

/** The table files of a backup as a RowSource, read in batches. */
export function tableFilesSource(dir: string, tables: string[], migrations: string[]): RowSource {
  return {
    tables,
    migrations,
    async *read(table) {
      let batch: Row[] = [];
      const lines = createInterface({ input: createReadStream(join(dir, `${table}.jsonl`)), crlfDelay: Infinity });
      for await (const line of lines) {
        if (!line) continue;
        batch.push(decode(line));
        if (batch.length === 500) {
          yield batch;
          batch = [];
        }
      }
      if (batch.length) yield batch;
    },
  };
}
