import type { BlobStorage } from '../services/blob-storage/index.ts';
import type { User } from '@clearinghouse/shared';
import type { Config } from '../config.ts';
import type { Db } from '../db/connection.ts';
import type { Logger } from '../logger.ts';
import type { Keyring } from '../services/keyring.ts';
import type { Metrics } from '../services/metrics.ts';

/** What createApp needs from the outside world: tests pass an in-memory database and a fixed clock. */
export interface Deps {
  db: Db;
  config: Config;
  logger: Logger;
  now: () => Date;
  /** Seals confidential values at rest (AES-256-GCM). */
  keyring: Keyring;
  /** Where attachment bytes live: DATA_DIR with SQLite, the database with PostgreSQL (blob-storage/). */
  blobStorage: BlobStorage;
  /** Prometheus metrics (GET /api/metrics); createApp makes its own when none is given. */
  metrics?: Metrics;
  /** Validate every JSON answer against its route's schema (tests): a drifted answer fails loudly. */
  checkAnswers?: boolean;
}

/** The signed-in user: the shared shape GET /api/auth/me answers with. */
export type SessionUser = User;

export interface AppEnv {
  Variables: {
    user: SessionUser | null;
    sessionTokenHash: string | null;
    /** Set when the cookie belongs to a session ended by deactivation. */
    sessionRevoked: string | null;
    /** Names this request in the log and in the X-Request-Id response header. */
    requestId: string;
  };
}
