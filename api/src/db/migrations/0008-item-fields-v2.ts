import { sql, type Kysely, type Migration } from 'kysely';
import { upgradeItem } from '@clearinghouse/shared';
import type { Keyring } from '../../services/keyring.ts';
import { openRecord, sealRecord } from '../../services/record-sealing.ts';

/**
 * The questionnaire of the note verbale: stored items take the current field shapes (controlled
 * thematic areas; a law's or an agreement's separate dates) through the same `upgradeItem` the web
 * app's local database version 2 runs, so a device's base and the server's copy of that version stay
 * equal and pending edits still merge. Versions are rewritten in place, not bumped: the values mean
 * the same thing, and a new version would turn every device's pending edit into a merge. Confidential
 * values are opened and sealed again with the keyring. The public copy follows; the publication
 * history stays as it was shown.
 */
export const itemFieldsV2 = (keyring?: Keyring): Migration => ({
  async up(db: Kysely<unknown>) {
    const needKey = (): Keyring => {
      if (!keyring) throw new Error('upgrading confidential values needs the encryption key (DATA_DIR/secret.key or CLEARINGHOUSE_KEY)');
      return keyring;
    };
    const rewrite = (doc: string, sealed: string | null) => {
      const record = sealed ? openRecord(needKey(), doc, sealed) : (JSON.parse(doc) as Record<string, unknown>);
      const upgraded = upgradeItem(record);
      if (JSON.stringify(upgraded) === JSON.stringify(record)) return null;
      // without a key, only a record holding no confidential value can be written (sealRecord seals nothing)
      return sealRecord(keyring ?? { ...({} as Keyring), seal: () => needKey().seal('') }, 'items', upgraded);
    };

    for (const table of ['records', 'record_versions'] as const) {
      // A history row without text (migration 0013, later) is a current version: rewritten through `records`.
      const rows = await sql<{ id: string; version: number; doc: string; sealed: string | null }>`
        select id, version, doc, sealed from ${sql.table(table)} where table_name = 'items' and doc is not null`.execute(db);
      for (const row of rows.rows) {
        const next = rewrite(row.doc, row.sealed);
        if (!next) continue;
        const version = table === 'record_versions' ? sql` and version = ${row.version}` : sql``;
        await sql`update ${sql.table(table)} set doc = ${next.doc}, sealed = ${next.sealed}
          where table_name = 'items' and id = ${row.id}${version}`.execute(db);
      }
    }
    // the public copy holds public values only: moving them between fields reveals nothing new
    const published = await sql<{ item_id: string; doc: string }>`select item_id, doc from published_items`.execute(db);
    for (const row of published.rows) {
      const record = JSON.parse(row.doc) as Record<string, unknown>;
      const upgraded = upgradeItem(record);
      if (JSON.stringify(upgraded) === JSON.stringify(record)) continue;
      await sql`update published_items set doc = ${JSON.stringify(upgraded)} where item_id = ${row.item_id}`.execute(db);
    }
  },
});
