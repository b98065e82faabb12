import { createHash, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createApp } from '../app.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { migrations } from '../db/migrations/index.ts';
import { memoryLogger } from '../logger.ts';
import { testKeyring } from '../services/keyring.ts';
import { createTestContext, openTestDatabase } from '../test/harness.ts';
import { device, newItem, newSubmission } from '../test/sync-helpers.ts';

describe('liveness, readiness and metrics', () => {
  it('keeps /api/health as it was and answers /api/ready when every migration is applied', async () => {
    const t = await createTestContext();
    const health = (await (await t.request('/api/health')).json()) as any;
    expect(health).toMatchObject({ status: 'ok', storage: expect.stringMatching(/^(sqlite|postgresql)$/) });
    const ready = await t.request('/api/ready');
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ status: 'ready', migrations: Object.keys(migrations).length });
  });

  it('answers /api/ready 503 not-ready while the database lacks a migration, and /api/health still 200', async () => {
    const t = await createTestContext();
    const { db } = await openTestDatabase();
    const names = Object.keys(migrations);
    await migrateToLatest(db, { list: Object.fromEntries(names.slice(0, -1).map((n) => [n, migrations[n]!])) });
    const app = createApp({ db, config: t.config, logger: memoryLogger(), now: () => new Date(), keyring: testKeyring() });
    const ready = await app.request('/api/ready');
    expect(ready.status).toBe(503);
    expect(((await ready.json()) as any).error.code).toBe('not-ready');
    expect((await app.request('/api/health')).status).toBe(200);
  });

  it('hides /api/metrics without METRICS_TOKEN (404) and asks for the token when one is set (401)', async () => {
    const off = await createTestContext();
    const hidden = await off.request('/api/metrics');
    expect(hidden.status).toBe(404);
    expect(((await hidden.json()) as any).error.code).toBe('not-found');
    const on = await createTestContext({ metricsToken: 'scrape-token-123456' });
    expect((await on.request('/api/metrics')).status).toBe(401);
    expect((await on.request('/api/metrics', { headers: { authorization: 'Bearer wrong-token-1234567' } })).status).toBe(401);
  });

  it('counts requests by route, latency, sync outcomes and upload bytes in Prometheus text', async () => {
    const t = await createTestContext({ metricsToken: 'scrape-token-123456' });
    await t.createUser('ben@example.org', 'focal_point', 'BEN');
    const ben = await device(t, 'ben@example.org');
    const s = newSubmission('BEN');
    const item = newItem(s.id, 'obstacle', { description: 'first' });
    await ben.push([s, item]);
    // A stale edit of a field someone else changed is a conflict; a bad one is rejected.
    await ben.push([{ ...item, op: 'upsert', baseVersion: 1, fields: { description: 'second' } }]);
    const laptop = await device(t, 'ben@example.org');
    await laptop.push([{ ...item, op: 'upsert', baseVersion: 1, fields: { description: 'third' } }]);
    await ben.push([{ ...newItem(s.id, 'obstacle'), fields: { submissionId: s.id, category: 'no-such-category', position: 'a1' } }]);
    await ben.pull();
    const bytes = randomBytes(3000);
    const sha = createHash('sha256').update(bytes).digest('hex');
    const put = await t.request(`/api/blobs/${sha}`, {
      method: 'PUT',
      cookie: ben.cookie,
      body: new Uint8Array(bytes),
      headers: { 'content-type': 'application/pdf' },
    });
    expect(put.status).toBeLessThan(300);

    const res = await t.request('/api/metrics', { headers: { authorization: 'Bearer scrape-token-123456' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain/);
    const text = await res.text();
    const value = (pattern: RegExp) => Number(pattern.exec(text)?.[1] ?? NaN);
    expect(value(/clearinghouse_http_requests_total\{method="GET",route="\/api\/sync\/pull",status="200"\} (\d+)/)).toBe(1);
    expect(value(/clearinghouse_http_requests_total\{method="POST",route="\/api\/sync\/push",status="200"\} (\d+)/)).toBe(4);
    expect(value(/clearinghouse_http_request_duration_seconds_count\{method="POST",route="\/api\/sync\/push"\} (\d+)/)).toBe(4);
    expect(text).toMatch(/clearinghouse_http_request_duration_seconds_bucket\{le="0.1",method="POST",route="\/api\/sync\/push"\} \d+/);
    expect(value(/clearinghouse_sync_mutations_total\{status="applied"\} (\d+)/)).toBeGreaterThanOrEqual(3);
    expect(value(/clearinghouse_sync_mutations_total\{status="rejected"\} (\d+)/)).toBe(1);
    expect(
      value(/clearinghouse_sync_mutations_total\{status="conflict"\} (\d+)/) + value(/status="merged"\} (\d+)/),
    ).toBeGreaterThanOrEqual(1);
    expect(value(/clearinghouse_upload_bytes_total (\d+)/)).toBe(3000);
    // Paths with ids are counted under their pattern, so the label set stays small.
    expect(text).toMatch(/route="\/api\/blobs\/:sha256"/);
    expect(text).not.toContain(sha);
  });

  it('tags every request with an id in its one JSON log line, echoed in an error answer', async () => {
    const t = await createTestContext();
    const res = await t.request('/api/no-such-thing');
    expect(res.status).toBe(404);
    const id = res.headers.get('x-request-id');
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    const line = t.logs.map((l) => JSON.parse(l)).find((l) => l.requestId === id);
    expect(line).toMatchObject({ event: 'http.request', method: 'GET', path: '/api/no-such-thing', status: 404 });
    // A success is never reported by a person: its id stays in the log only.
    const ok = await t.request('/api/health');
    expect(ok.headers.get('x-request-id')).toBeNull();
    expect(t.logs.map((l) => JSON.parse(l)).filter((l) => l.path === '/api/health')[0].requestId).toMatch(/^[0-9a-f-]{36}$/);
    // A proxy's id is kept when it is plain; anything else is replaced.
    const forwarded = await t.request('/api/no-such-thing', { headers: { 'x-request-id': 'lb-0123456789abcdef' } });
    expect(forwarded.headers.get('x-request-id')).toBe('lb-0123456789abcdef');
    const injected = await t.request('/api/no-such-thing', { headers: { 'x-request-id': 'x"}{"level":"fake' } });
    expect(injected.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });
});
