// Bundles the server and the admin CLI into plain ESM that Node 20 runs without a TypeScript loader:
// starting under tsx costs ~2 s of loader hooks per start (hundreds of library files); a bundle loads in
// a fraction of that. Native modules stay external, and pg (it requires the optional pg-native lazily).
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('..', import.meta.url));

export async function buildApi(outdir = `${here}dist`) {
  await build({
    absWorkingDir: here,
    entryPoints: { server: 'src/index.ts', cli: 'src/cli/main.ts' },
    outdir,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    sourcemap: 'linked',
    external: ['better-sqlite3', '@node-rs/argon2', 'pg'],
    // CommonJS dependencies bundled into ESM still call require() for Node built-ins.
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
    define: { 'import.meta.dirname': 'import.meta.dirname' },
    logLevel: 'warning',
  });
  return outdir;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await buildApi(process.argv[2]);
}
