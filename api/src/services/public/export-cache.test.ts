import { describe, expect, it } from 'vitest';
import { createTestContext } from '../../test/harness.ts';
import { exportCache } from './export-cache.ts';
import { createAccounts, getJson, publish } from '../../test/public-fixtures.ts';

async function* pieces(label: string, builds: string[]) {
  builds.push(label);
  for (let i = 0; i < 3; i++) yield `${label}:${i};`;
}

describe('exportCache', () => {
  it('builds an export once for simultaneous requests, and again only after a publication', async () => {
    const t = await createTestContext();
    await createAccounts(t, ['BEN']);
    const cache = exportCache(t.db);
    const builds: string[] = [];
    const bodies = await Promise.all(Array.from({ length: 10 }, () => cache.get('json', () => pieces('first', builds))));
    expect(builds).toEqual(['first']);
    expect(new Set(bodies.map((b) => Buffer.concat(b).toString())).size).toBe(1);
    expect(Buffer.concat(await cache.get('json', () => pieces('again', builds))).toString()).toBe('first:0;first:1;first:2;');
    await publish(t, 'BEN', [{ category: 'obstacle', fields: { title: 'Published meanwhile' } }]);
    expect(Buffer.concat(await cache.get('json', () => pieces('after', builds))).toString()).toBe('after:0;after:1;after:2;');
    expect(builds).toEqual(['first', 'after']);
  });

  it('serves the public export from the cache until the next publication changes it', async () => {
    const t = await createTestContext();
    await createAccounts(t, ['BEN']);
    await publish(t, 'BEN', [{ category: 'obstacle', fields: { title: 'First law' } }]);
    const first = await Promise.all(Array.from({ length: 5 }, () => getJson(t, '/api/public/export.json')));
    expect(first.map((j) => j.total)).toEqual([1, 1, 1, 1, 1]);
    await publish(t, 'BEN', [{ category: 'obstacle', fields: { title: 'Second law' } }]);
    const second = await getJson(t, '/api/public/export.json');
    expect(second.items.map((r: { title: string }) => r.title).sort()).toEqual(['First law', 'Second law']);
  });
});
