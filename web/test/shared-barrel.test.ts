import { describe, expect, it } from 'vitest';
import { exportMap, sharedBarrel } from '../shared-barrel.ts';

const transform = (code: string) => {
  const hook = sharedBarrel().transform as (code: string, id: string) => { code: string } | null;
  return hook(code, '/work/web/src/lib/example.ts')?.code ?? null;
};

describe('the shared barrel, resolved at build time', () => {
  it('maps every value the barrel exports to a module that exports it', async () => {
    const map = exportMap();
    const barrel: Record<string, unknown> = await import('@clearinghouse/shared');
    const values = Object.keys(barrel);
    expect(values.length).toBeGreaterThan(50);
    for (const name of values) {
      const where = map.get(name);
      expect(where, name).toBeDefined();
      // The specifier the rewrite produces, resolved through the package's exports map.
      const module: Record<string, unknown> = await import(/* @vite-ignore */ `@clearinghouse/shared/${where}`);
      expect(module[name], `${name} in ${where}`).toBe(barrel[name]);
    }
  });

  it('rewrites a barrel import to one import per defining module, keeping the line count', () => {
    const code = `import {\n  CATEGORIES,\n  formalDate as fd,\n} from '@clearinghouse/shared';\nconsole.log(CATEGORIES, fd);\n`;
    const out = transform(code)!;
    expect(out).toContain("import { CATEGORIES } from '@clearinghouse/shared/schemas/category-fields';");
    expect(out).toContain("import { formalDate as fd } from '@clearinghouse/shared/formal-text';");
    expect(out).not.toContain("from '@clearinghouse/shared'");
    expect(out.split('\n')).toHaveLength(code.split('\n').length);
  });

  it('leaves an import alone when one of its names is unknown', () => {
    const code = `import { CATEGORIES, notExported } from '@clearinghouse/shared';\n`;
    expect(transform(code)).toBeNull();
  });
});
