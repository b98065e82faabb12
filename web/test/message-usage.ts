/**
 * Test support (node only): which messages the source of a route can ask for. Follows the static and
 * dynamic imports of a route's layouts and page through `$lib` and relative paths, and collects every
 * token shaped like a message key (quoted or not, in code or markup), and every template literal's
 * prefix before its first `${` (`field.${name}` asks for any key starting with `field.`).
 * Over-approximates on purpose: anything that merely looks like a key counts as a use.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

const IMPORT = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)(['"])([^'"\n]+)\1/g;
/** Anything shaped like a key, quoted or not: tokenizing is not needed to over-approximate. */
const KEY_LIKE = /[a-zA-Z][\w-]*(?:\.[\w-]+)+/g;
/** The start of a template literal that builds a key: `field.${name}` gives `field.`. */
const TEMPLATE_PREFIX = /`([a-zA-Z][\w-]*(?:\.[\w-]+)*\.)\$\{/g;
const ROUTE_FILE = /^\+(page|layout|error)(\.svelte|\.ts)$/;
/** `loadFeatures(['desk'])`: a file that loads features itself (with a lazily loaded component). */
const LOADS_FEATURES = /\bloadFeatures\(\s*\[([^\]]*)\]/g;

export interface Usage {
  /** Key-shaped tokens found (a superset of the keys asked for). */
  readonly literals: ReadonlySet<string>;
  /** Prefixes of template literals such as `field.${name}`. */
  readonly prefixes: ReadonlySet<string>;
  /**
   * Features some file loads itself (`loadFeatures([...])` with literal names), such as a lazily loaded
   * component's loader: trusted to await them before that component shows its messages.
   */
  readonly loads: ReadonlySet<string>;
}

export class SourceGraph {
  private readonly files = new Map<string, { imports: string[]; literals: string[]; prefixes: string[]; loads: string[] }>();

  constructor(private readonly srcDir: string) {}

  /** Route ids (`/(app)/app/drafts/[id]`) of every page, with the route files that make it. */
  routes(): Map<string, string[]> {
    const routesDir = join(this.srcDir, 'routes');
    const pages = new Map<string, string[]>();
    const walk = (dir: string, inherited: string[]) => {
      const entries = readdirSync(dir).sort();
      const own = entries.filter((e) => ROUTE_FILE.test(e));
      const layouts = [...inherited, ...own.filter((e) => e.startsWith('+layout') || e.startsWith('+error')).map((e) => join(dir, e))];
      const page = own.filter((e) => e.startsWith('+page')).map((e) => join(dir, e));
      if (page.length) {
        const id = '/' + relative(routesDir, dir).split(sep).join('/');
        pages.set(id === '/' ? '/' : id, [...layouts, ...page]);
      }
      for (const e of entries) if (statSync(join(dir, e)).isDirectory()) walk(join(dir, e), layouts);
    };
    walk(routesDir, []);
    return pages;
  }

  /** Everything the given files and the files they import (transitively) contain. */
  usage(entries: readonly string[]): Usage {
    const seen = new Set<string>();
    const literals = new Set<string>();
    const prefixes = new Set<string>();
    const loads = new Set<string>();
    const queue = [...entries];
    while (queue.length) {
      const file = queue.pop()!;
      if (seen.has(file)) continue;
      seen.add(file);
      const parsed = this.parse(file);
      parsed.literals.forEach((l) => literals.add(l));
      parsed.prefixes.forEach((p) => prefixes.add(p));
      parsed.loads.forEach((f) => loads.add(f));
      queue.push(...parsed.imports);
    }
    return { literals, prefixes, loads };
  }

  private parse(file: string) {
    let parsed = this.files.get(file);
    if (parsed) return parsed;
    const text = readFileSync(file, 'utf8');
    const imports: string[] = [];
    for (const m of text.matchAll(IMPORT)) {
      const target = this.resolveImport(file, m[2]!);
      // The dictionaries hold every key: they define messages, they do not ask for them.
      if (target && !target.startsWith(join(this.srcDir, 'lib', 'i18n'))) imports.push(target);
    }
    const literals = [...text.matchAll(KEY_LIKE)].map((m) => m[0]);
    const prefixes = [...text.matchAll(TEMPLATE_PREFIX)].map((m) => m[1]!);
    const loads = [...text.matchAll(LOADS_FEATURES)].flatMap((m) => [...m[1]!.matchAll(/['"]([\w-]+)['"]/g)].map((f) => f[1]!));
    parsed = { imports, literals, prefixes, loads };
    this.files.set(file, parsed);
    return parsed;
  }

  private resolveImport(from: string, specifier: string): string | null {
    let base: string;
    if (specifier.startsWith('$lib/')) base = join(this.srcDir, 'lib', specifier.slice(5));
    else if (specifier.startsWith('.')) base = resolve(dirname(from), specifier);
    else return null; // a package or a virtual module: no messages of ours
    for (const candidate of [base, `${base}.ts`, join(base, 'index.ts')]) {
      if (existsSync(candidate) && statSync(candidate).isFile() && /\.(ts|svelte)$/.test(candidate)) return candidate;
    }
    return null;
  }
}

/** The keys of `dictionary` that `usage` may ask for. */
export function keysUsed(usage: Usage, keys: readonly string[]): string[] {
  const prefixes = [...usage.prefixes].filter((p) => p.includes('.'));
  return keys.filter((k) => usage.literals.has(k) || prefixes.some((p) => k.startsWith(p)));
}
