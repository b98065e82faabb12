import type { Migration } from 'kysely';
import * as m0001 from './0001-accounts-and-reference.ts';
import * as m0002 from './0002-records-and-sync.ts';
import * as m0003 from './0003-public-search.ts';
import * as m0004 from './0004-account-life-and-audit.ts';
import * as m0005 from './0005-assistance-exchanges.ts';
import * as m0006 from './0006-immutable-attachments.ts';
import * as m0007 from './0007-treaty-reference-origin.ts';
import { itemFieldsV2 } from './0008-item-fields-v2.ts';
import type { Keyring } from '../../services/keyring.ts';
import * as m0009 from './0009-record-version-order.ts';
import * as m0010 from './0010-request-languages.ts';
import * as m0011 from './0011-attachments-in-database.ts';
import * as m0012 from './0012-merged-client-fields.ts';
import * as m0013 from './0013-history-without-current-copy.ts';

/**
 * Every migration, in order, by a name that sorts. A static index (not a folder scan) so the bundle,
 * tsx and the tests all see exactly the same list. Never edit an applied migration: add the next one.
 * A migration that rewrites confidential values gets the keyring.
 */
export const migrationsWith = (keyring?: Keyring): Record<string, Migration> => ({
  '0001-accounts-and-reference': m0001,
  '0002-records-and-sync': m0002,
  '0003-public-search': m0003,
  '0004-account-life-and-audit': m0004,
  '0005-assistance-exchanges': m0005,
  '0006-immutable-attachments': m0006,
  '0007-treaty-reference-origin': m0007,
  '0008-item-fields-v2': itemFieldsV2(keyring),
  '0009-record-version-order': m0009,
  '0010-request-languages': m0010,
  '0011-attachments-in-database': m0011,
  '0012-merged-client-fields': m0012,
  '0013-history-without-current-copy': m0013,
});

/** The list by name (no keyring: enough for a database with no confidential value to rewrite). */
export const migrations = migrationsWith();
