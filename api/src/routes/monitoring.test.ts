import { describe, expect, it } from 'vitest';
import { seedDemo } from '../demo/seed.ts';
import { createTestContext } from '../test/harness.ts';

describe('monitoring figures', () => {
  it('derives States Parties over time by group, APIC coverage, legislation, obstacles and response rates', async () => {
    const t = await createTestContext();
    await seedDemo(t.db, t.keyring, () => new Date('2026-11-28T10:00:00Z'));
    await t.createUser('b@example.org', 'bureau');
    const res = await t.request('/api/monitoring', { cookie: await t.signIn('b@example.org') });
    expect(res.status).toBe(200);
    const m = (await res.json()) as any;
    const first = m.partiesOverTime[0];
    const last = m.partiesOverTime.at(-1);
    expect(first.date).toBe('2002-12-31');
    expect(last.date).toBe('2026-11-28');
    expect(last.total).toBeGreaterThan(first.total);
    expect(last.groups.african).toBeGreaterThan(20);
    expect(m.apicCoverage.find((g: any) => g.group === 'weog').romeStatuteParties).toBeGreaterThan(0);
    expect(m.legislationByGroup.weog).toEqual({ in_force: 1 }); // France's published law
    expect(m.obstaclesByKind.capacity).toEqual({ open: 1 }); // Benin's public obstacle; the confidential one is not counted
    expect(m.obstaclesByKind.political).toBeUndefined();
    // Benin, France and Argentina answered; Cabo Verde too, but it only became a party in 2011, after this 2010 request.
    expect(m.responses[0].total.responded).toBe(3);
    const anonymous = await t.request('/api/monitoring');
    expect(anonymous.status).toBe(401);
  });
});
