import { beforeEach, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../test/harness.ts';
import { device, newItem, newSubmission, type Device } from '../test/sync-helpers.ts';

let t: TestContext;
let ben: Device;

beforeEach(async () => {
  t = await createTestContext();
  await t.createUser('ben@example.org', 'focal_point', 'BEN');
  ben = await device(t, 'ben@example.org');
});

const transmit = (id: string) => t.request(`/api/submissions/${id}/transmit`, { method: 'POST', cookie: ben.cookie });

describe('transmission checks on the server', () => {
  it('refuses an event that ends before it starts (422, naming the element and the field) and keeps it a draft', async () => {
    const s = newSubmission('BEN');
    const event = newItem(s.id, 'event', { title: 'Seminar', startDate: '2026-05-10', endDate: '2026-05-02' });
    await ben.push([s, event]);
    const refused = await transmit(s.id);
    expect(refused.status).toBe(422);
    const body = (await refused.json()) as { error: { code: string; message: string; details: { itemId: string; field: string }[] } };
    expect(body.error.code).toBe('validation-failed');
    expect(body.error.message).toMatch(/end before its start/);
    expect(body.error.details).toEqual([expect.objectContaining({ itemId: event.id, field: 'endDate' })]);
    const pulled = await ben.pullAll();
    expect(pulled.changes.find((c: { id: string }) => c.id === s.id).record.status ?? 'draft').toBe('draft');
  });

  it('transmits once the dates are in order', async () => {
    const s = newSubmission('BEN');
    await ben.push([s, newItem(s.id, 'event', { title: 'Seminar', startDate: '2026-05-10', endDate: '2026-05-10' })]);
    expect((await transmit(s.id)).status).toBe(200);
  });
});
