import type { Feature } from './features.ts';

/**
 * The feature dictionaries each route needs before it renders, by route id: an entry applies to its
 * route and every route below it. The core (en.ts) is always there. `route-features.test.ts` reads
 * the source of every route and fails when a route can show a message its entries do not load.
 */
export const ROUTE_FEATURES: Readonly<Record<string, readonly Feature[]>> = {
  '/(public)': ['public', 'fields'],
  '/setup': ['secretariat'],
  '/(app)/app': ['workspace'],
  '/(app)/app/accounts': ['secretariat', 'fields', 'public'],
  '/(app)/app/audit': ['secretariat'],
  '/(app)/app/conflicts': ['sync', 'fields', 'drafting'],
  '/(app)/app/drafts': ['drafting'],
  '/(app)/app/drafts/[id]': ['fields', 'guidance', 'sync'],
  '/(app)/app/exchanges': ['exchanges', 'fields', 'public', 'desk'],
  '/(app)/app/inbox': ['secretariat', 'desk'],
  '/(app)/app/monitoring': ['monitoring', 'fields', 'public'],
  '/(app)/app/receive': ['receive', 'drafting', 'fields', 'public'],
  '/(app)/app/report': ['secretariat', 'fields', 'public', 'formal'],
  '/(app)/app/requests': ['secretariat', 'formal'],
  '/(app)/app/requests/[id]': ['fields', 'public', 'desk'],
  '/(app)/app/requests/new': ['fields', 'public'],
  '/(app)/app/review': ['secretariat', 'drafting', 'fields', 'public', 'desk'],
  '/(app)/app/settings': ['drafting'],
  '/(app)/app/sync': ['sync', 'fields', 'drafting'],
  '/(app)/app/treaty': ['secretariat', 'fields', 'public'],
};

const isWithin = (routeId: string, entry: string) => routeId === entry || routeId.startsWith(`${entry}/`);

/** The features of `routeId` (null: no route matched, the error page, which needs only the core). */
export function featuresFor(routeId: string | null): Feature[] {
  if (!routeId) return [];
  const features = new Set<Feature>();
  for (const [entry, wanted] of Object.entries(ROUTE_FEATURES)) {
    if (isWithin(routeId, entry)) wanted.forEach((feature) => features.add(feature));
  }
  return [...features];
}
