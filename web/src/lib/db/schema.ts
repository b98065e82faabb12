/**
 * Every version of the local database, in order. A version is never edited once shipped: a change is a
 * new entry (with an `upgrade` when rows must be rewritten), so a device on any older version upgrades
 * step by step and keeps its unsent work. The tables are those of docs/web-data-contract.md.
 */
import type { Transaction } from 'dexie';
import { upgradeItemFieldsV2 } from './upgrades/item-fields-v2.ts';

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
    upgrade: upgradeItemFieldsV2,
  },
];

export const CURRENT_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]!.version;
