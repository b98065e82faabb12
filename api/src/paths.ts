import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The api package's folder, found by walking up from this module: the same answer whether the code
 * runs from src/ (tsx, tests) or from the bundle in dist/.
 */
export function apiRoot(from: string = fileURLToPath(import.meta.url)): string {
  let dir = dirname(from);
  for (;;) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg) && (JSON.parse(readFileSync(pkg, 'utf8')) as { name?: string }).name === '@clearinghouse/api') return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error('Cannot find the @clearinghouse/api package folder');
    dir = parent;
  }
}
