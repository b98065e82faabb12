import { describe, expect, it } from 'vitest';
import { createMetrics } from './metrics.ts';

describe('sync outcome counts', () => {
  it('add each push’s answers by status, push after push', async () => {
    const metrics = createMetrics();
    const count = async (status: string) =>
      Number(new RegExp(`clearinghouse_sync_mutations_total\\{status="${status}"\\} (\\d+)`).exec(await metrics.render())?.[1]);
    metrics.countMutations([
      { status: 'applied' },
      { status: 'rejected' },
      { status: 'applied' },
      { status: 'merged' },
      { status: 'applied' },
    ]);
    expect([await count('applied'), await count('merged'), await count('conflict'), await count('rejected')]).toEqual([3, 1, 0, 1]);
    metrics.countMutations([{ status: 'conflict' }, { status: 'applied' }]);
    metrics.countMutations([]);
    expect([await count('applied'), await count('merged'), await count('conflict'), await count('rejected')]).toEqual([4, 1, 1, 1]);
  });
});
