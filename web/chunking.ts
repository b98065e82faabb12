/**
 * How the client build is cut into files (Rollup `output.manualChunks`).
 *
 * Left alone, Rollup makes one chunk per distinct set of routes that share a module: the first visit
 * to /app requested ~56 scripts, most under 1 KiB, each a round trip on a slow link. SvelteKit loads the
 * root layout (and the root error page) with every route, and the workspace layout with every /app
 * route, but Rollup cannot know that: they are dynamic imports to it. So:
 *
 * - `shell`: every module statically reachable from the client entry, the root layout or the root
 *   error page. All of it runs on every first load anyway, so one file loads nothing more.
 * - `workspace`: every module statically reachable from the workspace layout and from no public
 *   route. Every /app route loads all of it anyway; public pages never do.
 * - a small module (< 3,000 characters once compiled) that several routes (not lazy modules) share, and that imports
 *   nothing outside the shell, joins the shell: a few hundred bytes that some routes load without
 *   needing them cost less than a round trip each on the routes that do.
 * - anything else (a route's own code, code behind `import()`) is grouped, as Rollup does, by the set of
 *   routes and lazy modules that need it: the split by route stays.
 */
import type { Rollup } from 'vite';

type GetManualChunk = Rollup.GetManualChunk;
type ModuleInfo = Rollup.ModuleInfo;

const SHELL_ROOTS = [
  /\/@sveltejs\/kit\/src\/runtime\/client\/entry\.js$/,
  /\/\.svelte-kit\/generated\/client-optimized\/app\.js$/,
  /\/src\/routes\/\+layout\.(svelte|ts)$/,
  /\/src\/routes\/\+error\.svelte$/,
];
const WORKSPACE_ROOTS = [/\/src\/routes\/\(app\)\/app\/\+layout\.(svelte|ts)$/];
const WORKSPACE_ROUTE = /\/src\/routes\/\(app\)\//;
/** Transformed source size (characters) under which a shared module is not worth its own file. */
const SMALL_MODULE = 3_000;
const ROUTE_NODE = /\/\.svelte-kit\/generated\/client-optimized\/nodes\/\d+\.js$/;

interface Reach {
  shell: boolean;
  workspace: boolean;
  /** The route nodes and lazily loaded modules (import() targets) whose static imports reach the module. */
  stops: string[];
  /** Some stop is a public route or a lazily loaded module. */
  outside: boolean;
}

/** Walks up the static importers of `id` (breadth first, each module once). */
function reach(id: string, getInfo: (id: string) => ModuleInfo | null): Reach {
  let shell = false;
  let workspace = false;
  let outside = false;
  const stops: string[] = [];
  const seen = new Set([id]);
  const queue = [id];
  for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
    if (SHELL_ROOTS.some((r) => r.test(next!))) {
      shell = true;
      continue;
    }
    if (WORKSPACE_ROOTS.some((r) => r.test(next!))) {
      workspace = true;
      continue;
    }
    const info = getInfo(next);
    const importers = info?.importers ?? [];
    if (ROUTE_NODE.test(next)) {
      stops.push(next);
      // A workspace page loads the workspace layout anyway.
      if (!(info?.importedIds ?? []).some((m) => WORKSPACE_ROUTE.test(m))) outside = true;
      continue;
    }
    if (importers.length === 0 || (info?.dynamicImporters.length ?? 0) > 0) {
      stops.push(next);
      outside = true; // loaded lazily: not part of any first load
    }
    for (const importer of importers) {
      if (!seen.has(importer)) {
        seen.add(importer);
        queue.push(importer);
      }
    }
  }
  return { shell, workspace, outside, stops: stops.sort() };
}

/** A short stable name for a set of module ids (chunk names are hashed away in the output anyway). */
function groupName(ids: string[]): string {
  let h = 2166136261;
  for (const ch of ids.join('|')) h = Math.imul(h ^ ch.charCodeAt(0), 16777619);
  return `g${(h >>> 0).toString(36)}`;
}

/**
 * Every module gets a chunk, none is left to Rollup: Rollup adds the unassigned static dependencies of
 * a manual chunk to that chunk, which would make a public page load the workspace chunk for one helper
 * they share. Modules that neither the shell nor the workspace alone explain are grouped, as Rollup
 * does, by the set of routes and lazy modules that need them.
 */
export function chunkFor(): GetManualChunk {
  const memo = new Map<string, Reach>();
  return (id, { getModuleInfo }) => {
    const reachOf = (m: string) => memo.get(m) ?? memo.set(m, reach(m, getModuleInfo)).get(m)!;
    const info = getModuleInfo(id);
    // Entries (the client entry, route nodes) keep their own file.
    if (!info || info.isEntry) return undefined;
    const r = reachOf(id);
    if (r.shell) return 'shell';
    if (r.workspace && !r.outside) return 'workspace';
    // A small helper several routes share would be a file of its own: a round trip for a few hundred
    // bytes. It joins the workspace chunk (no public route needs it) or the shell.
    // Only when everything it imports is in the shell already: the shell then still imports from no
    // other chunk, so no chunk cycle (and no use of a binding before its chunk ran) can arise.
    const small = (info.code?.length ?? Infinity) < SMALL_MODULE;
    const routesOnly = r.stops.every((stop) => ROUTE_NODE.test(stop)); // nothing lazy becomes eager
    if (r.stops.length > 1 && small && routesOnly && info.importedIds.every((dep) => reachOf(dep).shell)) return 'shell';
    // Needed by one route or one lazy module only: Rollup puts it in that one's own file.
    if (!r.workspace && r.stops.length === 1) return undefined;
    return groupName(r.workspace ? ['workspace', ...r.stops] : r.stops);
  };
}
