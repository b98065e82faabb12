/** 25 MiB: a law's PDF or a scanned note verbale fits; the browser app refuses larger files first. */
export const BLOB_MAX_BYTES = 25 * 1024 * 1024;

export class BlobTooLargeError extends Error {}

/** A request body's pieces as they arrive: Node's web ReadableStream is async-iterable, the DOM typings do not say so. */
export const bodyChunks = (body: ReadableStream<Uint8Array>) => body as unknown as AsyncIterable<Uint8Array>;
/** The chunk does not start where this upload session stands. */
export class UploadOffsetError extends Error {
  constructor(readonly received: number) {
    super(`upload stands at ${received}`);
  }
}
/** Stored bytes that do not have their recorded length: damage, never served as content. */
export class BlobDamagedError extends Error {}

export interface UploadSession {
  /** Declared length of the whole file, or null when the client streams without saying it. */
  total: number | null;
  type: string;
  received: number;
}

export type FinishOutcome = 'stored' | 'already-stored' | 'mismatch';

export interface UploadStart {
  offset: number;
  total: number | null;
  type: string;
}

/**
 * Where attachment bytes live: files under DATA_DIR (one process), the database or an S3-compatible
 * object store (any number of API instances). Every kind keeps the same rules: uploads go through
 * sessions, one per account and hash, that nobody else can append to or finish; a stored file is named
 * by its SHA-256, verified before it is stored, and never changed afterwards.
 */
/** `storeVerified` in terms of the rest, the same for every kind: one whole-file upload, then finish. */
export const storeVerifiedThrough =
  (storage: Pick<BlobStorage, 'exclusive' | 'append' | 'finish'>): BlobStorage['storeVerified'] =>
  (account, sha256, bytes, type) =>
    storage.exclusive(account, sha256, async () => {
      await storage.append(account, sha256, { offset: 0, total: bytes.length, type }, new Blob([bytes]).stream(), BLOB_MAX_BYTES);
      return storage.finish(account, sha256);
    });

export interface BlobStorage {
  readonly kind: 'disk' | 'database' | 's3';
  /** Whether the finished bytes of this hash are stored. */
  exists(sha256: string): Promise<boolean>;
  /** This account's upload of this hash in progress, or null. */
  session(account: string, sha256: string): Promise<UploadSession | null>;
  /** Runs `task` alone for this account's upload of this hash (within this process). */
  exclusive<T>(account: string, sha256: string, task: () => Promise<T>): Promise<T>;
  /**
   * Appends the body at `start.offset`. Offset 0 starts the session afresh; any other offset must equal
   * what the session holds (else UploadOffsetError). Past `limit` bytes in total: BlobTooLargeError, and
   * the session is discarded.
   */
  append(
    account: string,
    sha256: string,
    start: UploadStart,
    body: ReadableStream<Uint8Array> | null,
    limit: number,
  ): Promise<UploadSession>;
  /** Verifies the session's bytes against the hash and stores them; the session is gone afterwards. */
  finish(account: string, sha256: string): Promise<FinishOutcome>;
  /** Stores bytes verified by the caller (imports, restore): same rules as an upload. */
  storeVerified(account: string, sha256: string, bytes: Uint8Array<ArrayBuffer>, type: string): Promise<FinishOutcome>;
  discard(account: string, sha256: string): Promise<void>;
  /** The stored bytes, which must be exactly `size` long (BlobDamagedError otherwise); null when absent. */
  read(sha256: string, size: number): Promise<ReadableStream<Uint8Array> | null>;
}
