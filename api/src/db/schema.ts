import type { Generated } from 'kysely';

/** Row types. They never leave api/src/db: repositories map them to the shared record types. */
export interface EntityRow {
  id: string;
  kind: string;
  name_en: string;
  name_fr: string;
  names_json: string;
  regional_group: string | null;
  created_at: string;
  updated_at: string;
}

export interface TreatyEventRow {
  id: string;
  entity_id: string;
  treaty: string;
  type: string;
  date: string | null;
  source: string | null;
  as_of: string | null;
  /** 'reference' (the sourced dataset) or 'secretariat' (entered or corrected by the Secretariat). */
  origin: string;
  created_at: string;
}

export interface ReferenceDataRow {
  name: string;
  version: string;
  loaded_at: string;
}

export interface UserRow {
  id: string;
  email: string;
  role: string;
  entity_id: string | null;
  password_hash: string | null;
  disabled_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface SessionRow {
  token_hash: string;
  user_id: string;
  created_at: string;
  last_seen_at: string;
  idle_expires_at: string;
  absolute_expires_at: string;
  user_agent: string | null;
  revoked_reason: string | null;
  public_id: string | null;
}

export interface AuditRow {
  id: Generated<number>;
  at: string;
  actor_id: string | null;
  actor_email: string | null;
  action: string;
  entity_id: string | null;
  target_type: string | null;
  target_id: string | null;
  address: string | null;
  details: string | null;
}

export interface LoginFailureRow {
  id: Generated<number>;
  key: string;
  at: string;
}

export interface OneTimeTokenRow {
  token_hash: string;
  purpose: string;
  user_id: string | null;
  created_at: string;
  expires_at: string;
  used_at: string | null;
}

export interface RecordRow {
  table_name: string;
  id: string;
  entity_id: string;
  submission_id: string;
  version: number;
  deleted: number;
  doc: string;
  sealed: string | null;
  seq: number;
  submission_status: string;
  updated_at: string;
  updated_by: string | null;
}

export interface RecordVersionRow {
  table_name: string;
  id: string;
  version: number;
  deleted: number;
  /** Null for the current version: its text is the `records` row's (migration 0013). */
  doc: string | null;
  sealed: string | null;
  created_at: string;
  created_by: string | null;
  client_id: string | null;
  /** The change sequence it was written with (migration 0009); null for older versions. */
  seq: number | null;
}

export interface SyncClientRow {
  client_id: string;
  user_id: string;
  last_mid: number;
  updated_at: string;
}

export interface MutationResultRow {
  client_id: string;
  mid: number;
  result: string;
  created_at: string;
}

/** The fields a device wrote into a merged version, sealed (migration 0012). */
export interface MergedClientFieldsRow {
  table_name: string;
  id: string;
  version: number;
  client_id: string;
  sealed: string;
}

export interface ConflictRow {
  id: string;
  table_name: string;
  record_id: string;
  entity_id: string;
  field: string;
  sealed: string;
  user_id: string;
  created_at: string;
  resolved_at: string | null;
  resolved_by: string | null;
}

export interface CycleRow {
  id: string;
  reference: string;
  doc: string;
  created_at: string;
  updated_at: string;
}

export interface BlobRow {
  sha256: string;
  size: number;
  type: string;
  received: number;
  complete: number;
  created_at: string;
  created_by: string | null;
}

export interface BlobUploaderRow {
  sha256: string;
  user_id: string;
  at: string;
}

export interface PublishedSubmissionRow {
  submission_id: string;
  entity_id: string;
  cycle_id: string | null;
  edition: number;
  doc: string;
  published_at: string;
  published_by: string;
}

export interface PublishedItemRow {
  item_id: string;
  submission_id: string;
  entity_id: string;
  category: string;
  position: string;
  doc: string;
  published_at: string;
}

export interface PublicationHistoryRow {
  submission_id: string;
  edition: number;
  doc: string;
  published_at: string;
  published_by: string;
  unpublished_at: string | null;
}

export interface AssistanceExchangeRow {
  id: string;
  provider_entity_id: string;
  recipient_entity_id: string;
  offer_item_id: string | null;
  need_item_id: string | null;
  thematic_area: string;
  status: string;
  notes: string | null;
  created_at: string;
  updated_at: string;
  created_by: string | null;
}

/** An upload in progress when attachments live in the database (migration 0011). */
export interface UploadSessionRow {
  account_id: string;
  sha256: string;
  generation: string;
  total: number | null;
  type: string;
  received: number;
  updated_at: string;
}

export interface UploadPartRow {
  account_id: string;
  sha256: string;
  generation: string;
  part_offset: number;
  data: Uint8Array;
}

export interface BlobContentRow {
  sha256: string;
  size: number;
}

export interface BlobChunkRow {
  sha256: string;
  start_offset: number;
  data: Uint8Array;
}

export interface Database {
  assistance_exchanges: AssistanceExchangeRow;
  audit_log: AuditRow;
  published_submissions: PublishedSubmissionRow;
  published_items: PublishedItemRow;
  publication_history: PublicationHistoryRow;
  records: RecordRow;
  record_versions: RecordVersionRow;
  sync_clients: SyncClientRow;
  mutation_results: MutationResultRow;
  conflicts: ConflictRow;
  merged_client_fields: MergedClientFieldsRow;
  cycles: CycleRow;
  blobs: BlobRow;
  blob_uploaders: BlobUploaderRow;
  upload_sessions: UploadSessionRow;
  upload_parts: UploadPartRow;
  blob_contents: BlobContentRow;
  blob_chunks: BlobChunkRow;
  entities: EntityRow;
  treaty_events: TreatyEventRow;
  reference_data: ReferenceDataRow;
  users: UserRow;
  sessions: SessionRow;
  login_failures: LoginFailureRow;
  one_time_tokens: OneTimeTokenRow;
  /** FTS5 index of the published copy (migration 0003), fed by triggers on published_items. */
  public_search: { item_id: string; title: string; description: string; other: string };
}
