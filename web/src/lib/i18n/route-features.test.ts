import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { en } from './en.ts';
import { FEATURES, featureLoaders, type Feature } from './features.ts';
import { keysUsed, SourceGraph } from '../../../test/message-usage.ts';
import { featuresFor } from './route-features.ts';

const srcDir = fileURLToPath(new URL('../..', import.meta.url));
const english = Object.fromEntries(await Promise.all(FEATURES.map(async (f) => [f, await featureLoaders[f].en()] as const))) as Record<
  Feature,
  Record<string, unknown>
>;

describe('route features', () => {
  const graph = new SourceGraph(srcDir);
  const routes = graph.routes();

  it('finds the routes', () => {
    expect(routes.size).toBeGreaterThan(20);
    expect(routes.has('/(app)/app')).toBe(true);
    expect(routes.has('/(public)/search')).toBe(true);
  });

  it('loads, for every route, each feature whose messages the route can show', () => {
    const missing: string[] = [];
    for (const [routeId, files] of routes) {
      const usage = graph.usage(files);
      // The route's entries, and what its files load themselves (a lazily loaded component's strings).
      const loaded: string[] = [...featuresFor(routeId), ...usage.loads];
      for (const feature of FEATURES) {
        if (loaded.includes(feature)) continue;
        const keys = keysUsed(usage, Object.keys(english[feature]));
        if (keys.length) missing.push(`${routeId} needs ${feature} (${keys.slice(0, 5).join(', ')}${keys.length > 5 ? ', …' : ''})`);
      }
    }
    expect(missing, 'add these to ROUTE_FEATURES in route-features.ts').toEqual([]);
  });

  it('keeps every key in one place', () => {
    const seen = new Map<string, string>(Object.keys(en).map((k) => [k, 'core']));
    const duplicates: string[] = [];
    for (const feature of FEATURES) {
      for (const key of Object.keys(english[feature])) {
        if (seen.has(key)) duplicates.push(`${key} (${seen.get(key)} and ${feature})`);
        seen.set(key, feature);
      }
    }
    expect(duplicates).toEqual([]);
  });
});
