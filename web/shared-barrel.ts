/**
 * Imports from the `@clearinghouse/shared` barrel, rewritten at build time to the file that defines each
 * name (`import { CATEGORIES } from '@clearinghouse/shared'` → `… from '@clearinghouse/shared/schemas/category-fields'`).
 *
 * Why: the client is cut into files by what imports what (chunking.ts). Through the barrel, every shared
 * module looks imported by every file that imports the barrel for one name, so one page's schemas,
 * valibot and fractional-indexing end up in a file every page loads (the shell, when a shell module used
 * the barrel). Tree-shaking drops unused code but cannot move it out of the file it was put in.
 *
 * A name the map does not know (a new form of export) keeps its barrel import: nothing breaks, the
 * chunking is only less precise.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

const SHARED_SRC = fileURLToPath(new URL('../shared/src', import.meta.url));
const BARREL_IMPORT = /import\s*\{([^}]*)\}\s*from\s*(['"])@clearinghouse\/shared\2;?/g;

/** Every name the barrel exports, with the module path (relative to shared/src, no extension) that exports it. */
export function exportMap(file: string = join(SHARED_SRC, 'index.ts'), into = new Map<string, string>()): Map<string, string> {
  const source = readFileSync(file, 'utf8');
  const subpath = relative(SHARED_SRC, file).replace(/\.ts$/, '');
  for (const [, from] of source.matchAll(/^export \* from '(\.[^']+)';$/gm)) exportMap(join(dirname(file), from!), into);
  for (const [, name] of source.matchAll(/^export (?:async )?(?:const|let|function\*?|class|enum) ([A-Za-z_$][\w$]*)/gm))
    into.set(name!, subpath);
  for (const [, list] of source.matchAll(/^export \{([^}]*)\}/gm))
    for (const spec of list!.split(',')) {
      const name = spec
        .trim()
        .split(/\s+as\s+/)
        .pop();
      if (name && !name.startsWith('type ')) into.set(name, subpath);
    }
  return into;
}

export function sharedBarrel(): Plugin {
  let names: Map<string, string> | undefined;
  return {
    name: 'clearinghouse-shared-barrel',
    apply: 'build',
    enforce: 'post',
    transform(code, id) {
      if (id.includes('/node_modules/') || !code.includes('@clearinghouse/shared')) return null;
      names ??= exportMap();
      const map = names;
      let changed = false;
      const out = code.replace(BARREL_IMPORT, (whole, list: string) => {
        const byModule = new Map<string, string[]>();
        for (const raw of list.split(',')) {
          const spec = raw.trim();
          if (!spec) continue;
          const name = spec.split(/\s+as\s+/)[0]!;
          const where = map.get(name);
          if (!where) return whole; // unknown name: leave this import as it was
          byModule.set(where, [...(byModule.get(where) ?? []), spec]);
        }
        changed = true;
        // One line per line replaced, so the lines after it keep their numbers (no source map is returned).
        const imports = [...byModule].map(([where, specs]) => `import { ${specs.join(', ')} } from '@clearinghouse/shared/${where}';`);
        return imports.join(' ') + '\n'.repeat(whole.split('\n').length - 1);
      });
      return changed ? { code: out, map: null } : null;
    },
  };
}
