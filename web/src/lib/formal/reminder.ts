/**
 * Who a reminder goes to: the addressees whose answer has not arrived, or was returned for
 * correction (the API's reminder, api/src/services/tracking.ts, takes the same two states).
 */
import type { TrackingRow } from '@clearinghouse/shared';

export const pendingAddressees = (rows: readonly TrackingRow[]): TrackingRow[] =>
  rows.filter((r) => r.state === 'not-received' || r.state === 'returned');
