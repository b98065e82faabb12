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
 * - `data`: Dexie and the app's database modules that the same routes and lazy modules need.
 * - the English dictionaries every workspace route loads join `workspace`; those every public route
 *   loads travel together in `strings` (one file, not one per feature).
 * - a small module (< 3,000 characters once compiled) that several routes share (lazy modules may
 *   share it too) would be a file of a few hundred bytes. It joins a chunk by who needs it, so that the
 *   first visit to /app carries only what the dashboard and the drafts list (KEY_WORKSPACE_ROUTES)
 *   use: workspace pages only → `workspace` (or `data`, when it imports from there) if a key page
 *   needs it, else `pages`; public and workspace pages → the shell if a key page needs it, else
 *   `public`; public pages only → `public`. Only when everything it imports is in the shell or joins
 *   the same chunk (smallJoins). A page that needs one module of `pages` or `public` fetches that file.
 * - anything else (a route's own code, code behind `import()`) is grouped, as Rollup does, by the set of
 *   routes and lazy modules that need it: the split by route stays.
 *
 * Route nodes (`nodes/N.js`) stay files of their own: SvelteKit makes them entries with strict
 * signatures, so Rollup would write a facade for each anyway. The build fails on a chunk cycle
 * (assertNoChunkCycles). Imports from the `@clearinghouse/shared` barrel are rewritten to each name's
 * own file first (shared-barrel.ts), or every shared module would look reachable from every importer.
 */
import { gzipSync } from 'node:zlib';
import { transformWithEsbuild, type Rollup } from 'vite';

type GetManualChunk = Rollup.GetManualChunk;
type ModuleInfo = Rollup.ModuleInfo;

const SHELL_ROOTS = [
  /\/@sveltejs\/kit\/src\/runtime\/client\/entry\.js$/,
  /\/\.svelte-kit\/generated\/client-optimized\/app\.js$/,
  /\/src\/routes\/\+layout\.(svelte|ts)$/,
  /\/src\/routes\/\+error\.svelte$/,
  // SvelteKit's `error` and `redirect` (what routes' loads throw): a few hundred bytes of its classes
  // already in the shell, and otherwise a request of its own for ~140 bytes on most routes.
  /\/@sveltejs\/kit\/src\/exports\/index\.js$/,
];
const WORKSPACE_ROOTS = [/\/src\/routes\/\(app\)\/app\/\+layout\.(svelte|ts)$/];
const WORKSPACE_ROUTE = /\/src\/routes\/\(app\)\//;
/**
 * The workspace pages a visit starts on: the dashboard (the manifest's start_url, where sign-in lands)
 * and the drafts list (a focal point's daily page). Small modules only other pages need stay off them.
 */
const KEY_WORKSPACE_ROUTES = [/\/src\/routes\/\(app\)\/app\/\+page\.svelte$/, /\/src\/routes\/\(app\)\/app\/drafts\/\+page\.svelte$/];
/** Transformed source size (characters) under which a shared module is not worth its own file. */
const SMALL_MODULE = 3_000;
/** Dexie: its chunk (with the app's database modules that go where it goes) is the `data` chunk. */
const DATA_ROOT = /\/node_modules\/dexie\//;
/**
 * What the workspace fetches after its first paint (lazy.ts, the sync manager, the workspace layout):
 * the database, liveQuery, the sync cycle and the transport. Modules only these and workspace routes
 * that load Dexie anyway need travel in the `data` chunk: one request after the paint, not ten.
 */
const AFTER_PAINT_ROOTS = [
  /\/src\/lib\/db\/instance\.ts$/,
  /\/src\/lib\/db\/observe\.ts$/,
  /\/src\/lib\/sync\/engine\/sync-cycle\.ts$/,
  /\/src\/lib\/sync\/transport\.ts$/,
];
/** The shared package's own source (schemas, answers), as the web resolves it. */
const SHARED_PACKAGE = /\/shared\/src\//;
const ROUTE_NODE = /\/\.svelte-kit\/generated\/client-optimized\/nodes\/\d+\.js$/;

interface Reach {
  shell: boolean;
  workspace: boolean;
  /** The route nodes and lazily loaded modules (import() targets) whose static imports reach the module. */
  stops: string[];
  /** Some stop is a public route or a lazily loaded module. */
  outside: boolean;
  /** Reached from what the workspace fetches after its first paint (AFTER_PAINT_ROOTS). */
  afterPaint: boolean;
}

/** Walks up the static importers of `id` (breadth first, each module once). */
function reach(id: string, getInfo: (id: string) => ModuleInfo | null): Reach {
  let shell = false;
  let workspace = false;
  let outside = false;
  let afterPaint = false;
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
    if (AFTER_PAINT_ROOTS.some((r) => r.test(next!))) {
      afterPaint = true; // loaded lazily by the workspace itself: its importers are still walked
    } else if (importers.length === 0 || (info?.dynamicImporters.length ?? 0) > 0) {
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
  return { shell, workspace, outside, afterPaint, stops: stops.sort() };
}

/** A short stable name for a set of module ids (chunk names are hashed away in the output anyway). */
function groupName(ids: string[]): string {
  let h = 2166136261;
  for (const ch of ids.join('|')) h = Math.imul(h ^ ch.charCodeAt(0), 16777619);
  return `g${(h >>> 0).toString(36)}`;
}

/** The English dictionaries of features that SvelteKit's routes load before they render (route-features.ts). */
const ENGLISH_FEATURE = /\/src\/lib\/i18n\/features\/([\w-]+)\.en\.ts$/;

type Join = 'shell' | 'workspace' | 'data' | 'public' | 'pages';
/** Chunks a module is put in for what reaches it, before any joining. */
const FIXED = ['shell', 'workspace', 'strings', 'data', 'public', 'pages', 'schemas'];

/**
 * Small modules (< SMALL_MODULE) that several routes share and that would otherwise be files of a few
 * hundred bytes each. Those no public route needs join the workspace chunk, or the `data` chunk (Dexie
 * and what needs it with it) when they import from it; the others join the shell. A module joins a
 * chunk only when everything it imports is in the shell or in that chunk (repeated until nothing
 * changes): the shell imports from no other chunk, the data chunk only from the shell, so no chunk
 * cycle (and no use of a binding before its chunk ran) can arise. `assertNoChunkCycles` checks it.
 */
function smallJoins(
  ids: Iterable<string>,
  getInfo: (id: string) => ModuleInfo | null,
  reachOf: (id: string) => Reach,
  base: (id: string) => string | undefined,
  reachedByPublic: (id: string) => boolean,
  withDexie: (id: string) => boolean,
): Map<string, Join> {
  const isWorkspaceRoute = (stop: string) =>
    ROUTE_NODE.test(stop) && (getInfo(stop)?.importedIds ?? []).some((m) => WORKSPACE_ROUTE.test(m));
  // A lazy module that a public page may load (the header's sign-out dialog), not one only workspace
  // pages import (the editor, the Secretariat's desk).
  const isPublicLazy = (stop: string) => !ROUTE_NODE.test(stop) && reachedByPublic(stop);
  const isKeyRoute = (stop: string) =>
    ROUTE_NODE.test(stop) && (getInfo(stop)?.importedIds ?? []).some((m) => KEY_WORKSPACE_ROUTES.some((r) => r.test(m)));
  const choices = new Map<string, Join[]>();
  for (const id of ids) {
    const info = getInfo(id);
    if (!info || info.isEntry || info.isIncluded === false || FIXED.includes(base(id) ?? '')) continue;
    const r = reachOf(id);
    const small = (info.code?.length ?? Infinity) < SMALL_MODULE;
    // Used up front by several routes (what lazy modules alone use stays lazy; what one route alone
    // uses stays in that route's file).
    const routes = r.stops.filter((stop) => ROUTE_NODE.test(stop));
    if (!small || routes.length < 2) continue;
    // What a key workspace page needs joins a chunk it loads anyway; what only other pages need joins
    // `pages` (workspace) or `public` (shared with public pages): one more file for those pages, fewer
    // bytes on the first visit to /app.
    // What the workspace layout reaches, every workspace page needs, the key ones included.
    const key = r.workspace || r.stops.some(isKeyRoute);
    // Imported by what the workspace fetches after its paint (the database's own modules), and every
    // route that needs it loads Dexie anyway: it travels with Dexie, or the data chunk would import
    // another file for it (the unsaved-edits journal's keys, which the sign-out dialog reaches too).
    if (withDexie(id)) {
      choices.set(id, ['data']);
      continue;
    }
    const side: Join[] = routes.every(isWorkspaceRoute)
      ? r.stops.some(isPublicLazy)
        ? key
          ? ['shell']
          : ['public', 'shell']
        : key
          ? ['workspace', 'data']
          : ['pages', 'workspace', 'data']
      : routes.some(isWorkspaceRoute) && key
        ? ['shell']
        : ['public', 'shell'];
    choices.set(id, side);
  }
  const joins = new Map<string, Join>([...choices].map(([id, c]) => [id, c[0]!]));
  const chunkOf = (m: string) => (getInfo(m)?.isIncluded === false ? 'none' : (joins.get(m) ?? base(m)));
  for (let changed = true, rounds = 0; changed && rounds < 50; rounds++) {
    changed = false;
    for (const [id, options] of choices) {
      if (!joins.has(id)) continue;
      const deps = getInfo(id)?.importedIds ?? [];
      const fits = options.find((chunk) => deps.every((dep) => ['shell', 'none', chunk].includes(chunkOf(dep) ?? '')));
      if (fits !== joins.get(id)) {
        if (fits) joins.set(id, fits);
        else joins.delete(id);
        changed = true;
      }
    }
  }
  return joins;
}

/**
 * Every module gets a chunk, none is left to Rollup: Rollup adds the unassigned static dependencies of
 * a manual chunk to that chunk, which would make a public page load the workspace chunk for one helper
 * they share. Modules that neither the shell nor the workspace alone explain are grouped, as Rollup
 * does, by the set of routes and lazy modules that need them.
 *
 * `workspaceFeatures` and `publicFeatures`: the features (route-features.ts) every workspace route and
 * every public route loads. Their English dictionaries (always loaded, as the fallback) travel in the
 * workspace chunk and in one `strings` file instead of a file each.
 */
export function chunkFor(workspaceFeatures: readonly string[], publicFeatures: readonly string[]): GetManualChunk {
  const memo = new Map<string, Reach>();
  const dexieRoutes = new Map<string, boolean>();
  let joins: Map<string, Join> | undefined;
  let dataGroup: string | undefined;
  return (id, { getModuleInfo, getModuleIds }) => {
    const reachOf = (m: string) => memo.get(m) ?? memo.set(m, reach(m, getModuleInfo)).get(m)!;
    const isWorkspaceRoute = (node: string) => (getModuleInfo(node)?.importedIds ?? []).some((m) => WORKSPACE_ROUTE.test(m));
    /**
     * Whether a public page may load `m`: the shell or a public route reaches it, or a lazy module that
     * something public imports (a lazy module only workspace code imports stays in the workspace).
     */
    const reachedByPublic = (m: string, seen = new Set<string>([m])): boolean => {
      const r = reachOf(m);
      if (r.shell) return true;
      return r.stops.some((stop) => {
        if (ROUTE_NODE.test(stop)) return !isWorkspaceRoute(stop);
        const importers = getModuleInfo(stop)?.dynamicImporters ?? [];
        if (importers.length === 0 && (getModuleInfo(stop)?.importers.length ?? 0) === 0) return true;
        return importers.some((importer) => !seen.has(importer) && (seen.add(importer), reachedByPublic(importer, seen)));
      });
    };
    /** Whether a route node's static imports reach Dexie (its page loads Dexie before it renders). */
    const loadsDexie = (node: string): boolean => {
      const known = dexieRoutes.get(node);
      if (known !== undefined) return known;
      const seen = new Set([node]);
      const queue = [node];
      let found = false;
      for (let next = queue.shift(); next !== undefined && !found; next = queue.shift()) {
        for (const dep of getModuleInfo(next)?.importedIds ?? []) {
          if (DATA_ROOT.test(dep)) found = true;
          else if (!seen.has(dep)) {
            seen.add(dep);
            queue.push(dep);
          }
        }
      }
      dexieRoutes.set(node, found);
      return found;
    };
    /** The chunk a module gets before small modules join others (undefined: Rollup's choice). */
    const base = (m: string): string | undefined => {
      const info = getModuleInfo(m);
      // Entries (the client entry, route nodes) keep their own file.
      if (!info || info.isEntry) return undefined;
      const r = reachOf(m);
      if (r.shell) return 'shell';
      // Needed both before the workspace's paint and by what it fetches after (the sync manager's and
      // the sync cycle's failure classes): in the shell, so the data chunk imports from the shell only.
      // When it imported the workspace chunk, a `loadDb()` before a navigation to /app (the sign-in)
      // made Vite insert the workspace's stylesheet, and SvelteKit's own preload, finding it inserted,
      // did not wait for it: the workspace rendered unstyled for a moment.
      if (r.workspace && r.afterPaint && (info.code?.length ?? Infinity) < SMALL_MODULE) return 'shell';
      // Lazy modules that only workspace code imports do not keep a module out of the workspace chunk:
      // it is loaded whenever they are.
      if (r.workspace && (!r.outside || !reachedByPublic(m))) return 'workspace';
      // Fetched by the workspace after its first paint, and by workspace routes that load Dexie
      // before theirs anyway: no route's first paint waits for more than it did.
      if (r.afterPaint && !r.workspace && !reachedByPublic(m) && r.stops.filter((stop) => ROUTE_NODE.test(stop)).every(loadsDexie))
        return 'data';
      // The shared schemas that fetch also needs, which public pages use too: one file, not one each.
      if (r.afterPaint && !r.workspace && SHARED_PACKAGE.test(m)) return 'schemas';
      const feature = ENGLISH_FEATURE.exec(m)?.[1];
      if (feature && workspaceFeatures.includes(feature)) return 'workspace';
      if (feature && publicFeatures.includes(feature)) return 'strings';
      // Needed by one route or one lazy module only: Rollup puts it in that one's own file.
      if (!r.workspace && r.stops.length === 1) return undefined;
      const group = groupName(r.workspace ? ['workspace', ...r.stops] : r.stops);
      return group === dataGroup ? 'data' : group;
    };
    if (dataGroup === undefined) {
      dataGroup = '';
      const dexie = [...getModuleIds()].find((m) => DATA_ROOT.test(m));
      dataGroup = (dexie && base(dexie)) || '';
    }
    /** Reached from the after-paint roots, and every route that reaches it loads Dexie before it renders. */
    const withDexie = (m: string): boolean => {
      const r = reachOf(m);
      return r.afterPaint && !r.workspace && !r.shell && r.stops.filter((stop) => ROUTE_NODE.test(stop)).every(loadsDexie);
    };
    joins ??= smallJoins(getModuleIds(), getModuleInfo, reachOf, base, (m) => reachedByPublic(m), withDexie);
    // `CHUNK_WHY=<part of a module id> vite build`: why that module goes where it goes.
    if (process.env.CHUNK_WHY && id.includes(process.env.CHUNK_WHY))
      console.log('chunk of', id, { ...reachOf(id), public: reachedByPublic(id), base: base(id), join: joins.get(id) });
    return joins.get(id) ?? base(id);
  };
}

/**
 * Fails the build when the client's chunks import each other in a cycle: a module of one would run
 * before the bindings it uses from the other exist (the manual chunks above are meant to make none).
 */
export function assertNoChunkCycles(bundle: Rollup.OutputBundle): void {
  const imports = new Map<string, string[]>();
  for (const [file, out] of Object.entries(bundle)) if (out.type === 'chunk') imports.set(file, out.imports);
  const done = new Set<string>();
  const visit = (file: string, path: string[]) => {
    if (path.includes(file)) throw new Error(`chunk cycle: ${[...path.slice(path.indexOf(file)), file].join(' → ')}`);
    if (done.has(file)) return;
    for (const next of imports.get(file) ?? []) visit(next, [...path, file]);
    done.add(file);
  };
  for (const file of imports.keys()) visit(file, []);
}

/**
 * `CHUNK_REPORT=1 vite build`: each chunk's file, its gzip -9 size and its largest modules, to see what
 * a route loads. A module's figure is its code as rendered into the chunk (before minification), then
 * minified alone and gzipped alone: an estimate (gzip shares its dictionary across a whole file), good
 * enough to rank what to move.
 */
export async function reportChunks(bundle: Rollup.OutputBundle): Promise<void> {
  const gz = (code: string) => gzipSync(code, { level: 9 }).length;
  const minified = async (code: string) => {
    try {
      return (await transformWithEsbuild(code, 'module.js', { minify: true })).code;
    } catch {
      return code; // a fragment esbuild cannot parse alone: its unminified figure
    }
  };
  for (const [file, out] of Object.entries(bundle)) {
    if (out.type !== 'chunk') continue;
    const modules = await Promise.all(
      Object.entries(out.modules)
        .filter(([, m]) => m.renderedLength > 0)
        .map(
          async ([id, m]) => [id.replace(/^.*\/(node_modules|src)\//, '$1/'), m.renderedLength, gz(await minified(m.code ?? ''))] as const,
        ),
    );
    modules.sort((a, b) => b[2] - a[2]);
    console.log(`\n${file} ${out.name} ${out.code.length} B, gzip ${gz(out.code)} B, imports ${out.imports.join(' ')}`);
    for (const [id, n, g] of modules.slice(0, Number(process.env.CHUNK_REPORT) > 1 ? Number(process.env.CHUNK_REPORT) : 25))
      console.log(`  ${String(g).padStart(6)} gz ${String(n).padStart(7)} ${id}`);
  }
}
