import { describe, expect, it } from 'vitest';
import { createTestContext } from '../test/harness.ts';
import { device } from '../test/sync-helpers.ts';
import { DEMO_PASSWORD } from './content.ts';
import { seedDemo } from './seed.ts';

describe('pnpm demo content', () => {
  it('seeds accounts, a request and submissions in every state of the workflow', async () => {
    const t = await createTestContext();
    await seedDemo(t.db, t.keyring, () => new Date());
    const published = await t.db.selectFrom('published_items').select('doc').execute();
    expect(published.length).toBeGreaterThan(5);
    expect(JSON.stringify(published)).not.toContain('Not for publication');
    const sec = await device(t, 'secretariat@demo.example', DEMO_PASSWORD);
    const { changes } = await sec.pullAll();
    const statuses = changes
      .filter((c) => c.table === 'submissions')
      .map((c) => c.record.status)
      .sort();
    expect(statuses).toEqual(['acknowledged', 'published', 'published', 'transmitted']);
  });
});
