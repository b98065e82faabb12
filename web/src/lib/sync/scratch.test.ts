import { it, expect } from 'vitest';
import { createTestContext } from '../../../../api/src/test/harness.ts';
it('harness', async () => {
  const ctx = await createTestContext();
  const res = await ctx.request('/api/health');
  expect(res.status).toBe(200);
});
