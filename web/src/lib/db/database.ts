/**
 * The one Dexie class of the app. Drafting (lib/drafts) and sync (lib/sync) share it under the rules of
 * docs/web-data-contract.md. Transactions are `strict`: a draft the app reported as saved is on disk,
 * not in an OS buffer that a killed browser would lose (Chromium defaults to relaxed durability).
 */
import Dexie, { type EntityTable, type Table } from 'dexie';
import { DB_NAME, SCHEMA_VERSIONS } from './schema.ts';
import type {
  AttachmentRow,
  BaseRow,
  ConflictRow,
  IntentRow,
  LocalItem,
  LocalSubmission,
  MetaRow,
  OutboxEntry,
  ReferenceRow,
} from './rows.ts';

export class ClearinghouseDb extends Dexie {
  submissions!: EntityTable<LocalSubmission, 'id'>;
  items!: EntityTable<LocalItem, 'id'>;
  attachments!: EntityTable<AttachmentRow, 'sha256'>;
  outbox!: EntityTable<OutboxEntry, 'mid'>;
  bases!: Table<BaseRow, [string, string]>;
  conflicts!: EntityTable<ConflictRow, 'id'>;
  intents!: EntityTable<IntentRow, 'id'>;
  meta!: EntityTable<MetaRow, 'key'>;
  reference!: EntityTable<ReferenceRow, 'key'>;

  constructor(name = DB_NAME, options: { indexedDB?: IDBFactory; IDBKeyRange?: typeof IDBKeyRange } = {}) {
    super(name, { ...options, chromeTransactionDurability: 'strict' });
    for (const { version, stores, upgrade } of SCHEMA_VERSIONS) {
      const declared = this.version(version).stores(stores);
      if (upgrade) declared.upgrade(upgrade);
    }
  }
}
