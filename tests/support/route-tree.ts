import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { repoRoot } from './server.ts';

/**
 * Every page of the web app, by SvelteKit route id ('/(public)/states/[id]'), read from the route
 * folders: a spec that must visit every page compares its own list with this one, so a page added
 * later cannot be forgotten.
 */
export function pageRouteIds(): string[] {
  const root = join(repoRoot, 'web/src/routes');
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) walk(join(dir, entry.name));
      else if (entry.name === '+page.svelte') found.push(`/${relative(root, dir).split(sep).join('/')}`.replace(/\/$/, '') || '/');
    }
  };
  walk(root);
  return found.sort();
}

/** The URL path of a route id: groups dropped, parameters filled from `params`. */
export function routePath(routeId: string, params: Record<string, string> = {}): string {
  const path = routeId
    .split('/')
    .filter((part) => part && !/^\(.*\)$/.test(part))
    .map((part) =>
      part.replace(/^\[(\w+)\]$/, (_, name: string) => {
        const value = params[name];
        if (value === undefined) throw new Error(`no value for [${name}] in ${routeId}`);
        return encodeURIComponent(value);
      }),
    )
    .join('/');
  return `/${path}`;
}
