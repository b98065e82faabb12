/**
 * Every version of the local database, in order. A version is never edited once shipped: a change is a
 * new entry (with an `upgrade` when rows must be rewritten), so a device on any older version upgrades
 * step by step and keeps its unsent work. The tables are those of docs/web-data-contract.md.
 */
import Dexie, { type Transaction } from 'dexie';

export interface SchemaVersion {
  readonly version: number;
  readonly stores: Readonly<Record<string, string | null>>;
  readonly upgrade?: (tx: Transaction) => Promise<void>;
}

export const DB_NAME = 'clearinghouse';

export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: {
      submissions: 'id, entityId, cycleId, status, updatedAt',
      items: 'id, submissionId, [submissionId+category], updatedAt',
      attachments: 'sha256, uploaded',
      outbox: '++mid, [table+id], state',
      bases: '[table+id]',
      conflicts: 'id, recordId',
      intents: '++id, submissionId',
      meta: 'key',
      reference: 'key',
    },
  },
  {
    // the questionnaire of the note verbale: controlled thematic areas, separate dates (same tables)
    version: 2,
    stores: {},
    upgrade: (tx) => upgradeLazily(tx, () => import('./upgrades/item-fields-v2.ts').then((m) => m.upgradeItemFieldsV2)),
  },
];

/**
 * An upgrade's code (and the shared schemas it rewrites rows with, ~2 KiB gzip) is fetched only on a
 * device whose database is older than its version, not with every workspace's first load. The fetch is
 * not IndexedDB work: Dexie.waitFor keeps the upgrade's transaction open while it runs (a plain await
 * would let IndexedDB commit the transaction half done).
 */
export async function upgradeLazily(tx: Transaction, load: () => Promise<(tx: Transaction) => Promise<void>>): Promise<void> {
  const upgrade = await Dexie.waitFor(load());
  await upgrade(tx);
}

export const CURRENT_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]!.version;
