/**
 * The sync protocol's version, sent by the client in every push (`protocol`). The server answers 426
 * `client-too-old` below MIN_PROTOCOL_VERSION, so an outdated installed app is told to update instead of
 * writing records it no longer understands.
 *
 * History:
 * - 1 (2026-11): push {clientId, protocol, mutations[mid, table, id, op, baseVersion, fields, resolves]},
 *   pull {changes, conflicts, cursor, hasMore}; per-field three-way merge; line-level diff3 for long text.
 */
export const PROTOCOL_VERSION = 1;
export const MIN_PROTOCOL_VERSION = 1;

export const isSupportedProtocol = (version: number): boolean =>
  Number.isInteger(version) && version >= MIN_PROTOCOL_VERSION && version <= PROTOCOL_VERSION;
