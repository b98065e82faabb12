/**
 * pnpm i18n:export --lang es [--out FILE]   XLIFF 2.0 of every message, to FILE or standard output
 * pnpm i18n:import --lang es FILE           reads it back into the Spanish dictionaries
 * pnpm i18n:missing [--lang es]             what each language still lacks (exit 1 when anything does)
 */
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { exportXliff, importXliff, missingReport, readIn, writeOut } from './commands.ts';
import { XliffRefusedError } from './xliff.ts';

const REPO = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const USAGE = 'usage: i18n export --lang LANG [--out FILE] | i18n import --lang LANG FILE | i18n missing [--lang LANG]';

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { lang: { type: 'string' }, out: { type: 'string' }, dir: { type: 'string' } },
  });
  const [command, file] = positionals;
  const dir = resolve(values.dir ?? join(REPO, 'web', 'src', 'lib', 'i18n'));
  // pnpm runs scripts from the repository's root; a relative FILE is the caller's.
  const callerPath = (path: string) => resolve(process.env.INIT_CWD ?? process.cwd(), path);
  if (command === 'export' && values.lang) {
    writeOut(exportXliff(dir, values.lang), values.out ? callerPath(values.out) : undefined);
    if (values.out) console.error(`Wrote ${values.out}`);
    return 0;
  }
  if (command === 'import' && values.lang && file) {
    const written = await importXliff(dir, values.lang, readIn(callerPath(file)));
    console.error(written.length ? `Updated:\n  ${written.join('\n  ')}` : 'Nothing changed: the dictionaries already say this.');
    return 0;
  }
  if (command === 'missing') {
    const report = missingReport(dir, values.lang ? [values.lang] : undefined);
    console.log(report.text);
    return report.total === 0 ? 0 : 1;
  }
  console.error(USAGE);
  return 2;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof XliffRefusedError ? error.message : error);
    process.exit(1);
  },
);
