import { Counter, Histogram, Registry } from 'prom-client';
import type { MutationStatus } from '@clearinghouse/shared';

/**
 * The Prometheus metrics of one app (GET /api/metrics). One registry per app, not prom-client's global
 * one, so that two apps in one process (the tests) never count into each other.
 */
export function createMetrics() {
  const registry = new Registry();
  const requests = new Counter({
    name: 'clearinghouse_http_requests_total',
    help: 'HTTP requests answered, by method, route pattern and status code.',
    labelNames: ['method', 'route', 'status'] as const,
    registers: [registry],
  });
  const latency = new Histogram({
    name: 'clearinghouse_http_request_duration_seconds',
    help: 'Time to answer an HTTP request, by method and route pattern.',
    labelNames: ['method', 'route'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  const mutations = new Counter({
    name: 'clearinghouse_sync_mutations_total',
    help: 'Sync mutations handled, by outcome (applied, merged, conflict, rejected).',
    labelNames: ['status'] as const,
    registers: [registry],
  });
  const uploadBytes = new Counter({
    name: 'clearinghouse_upload_bytes_total',
    help: 'Attachment bytes received in upload requests (as sent, before hashing).',
    registers: [registry],
  });
  const databaseErrors = new Counter({
    name: 'clearinghouse_database_idle_errors_total',
    help: 'Errors on idle database connections (a PostgreSQL restart, a dropped connection).',
    registers: [registry],
  });
  for (const status of ['applied', 'merged', 'conflict', 'rejected'] satisfies MutationStatus[]) mutations.inc({ status }, 0);
  uploadBytes.inc(0);

  return {
    registry,
    observeRequest(method: string, route: string, status: number, seconds: number) {
      requests.inc({ method, route, status: String(status) });
      latency.observe({ method, route }, seconds);
    },
    countMutations(results: readonly { status: MutationStatus }[]) {
      // Counted by status first: prom-client hashes the labels of every call (a push answers up to 500).
      const counts = new Map<MutationStatus, number>();
      for (const r of results) counts.set(r.status, (counts.get(r.status) ?? 0) + 1);
      for (const [status, n] of counts) mutations.inc({ status }, n);
    },
    countUploadBytes: (n: number) => uploadBytes.inc(n),
    countDatabaseError: () => databaseErrors.inc(),
    render: () => registry.metrics(),
    contentType: registry.contentType,
  };
}

export type Metrics = ReturnType<typeof createMetrics>;
