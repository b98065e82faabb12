import { parseArgs } from 'node:util';
import { loadReferenceData, openStorage } from '../bootstrap.ts';
import { readConfig } from '../config.ts';
import { runCommand, UsageError } from './commands.ts';
import { OPERATIONS, runOperation } from './operations.ts';

/**
 * The admin command line (README "Administration"). Non-interactive: every value is a flag, a password
 * only ever comes from standard input. Exit 0 on success, 1 when the request is refused, 2 on misuse.
 */
async function main(argv: string[]) {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      email: { type: 'string' },
      role: { type: 'string' },
      entity: { type: 'string' },
      'password-stdin': { type: 'boolean' },
      id: { type: 'string' },
      kind: { type: 'string' },
      'name-en': { type: 'string' },
      'name-fr': { type: 'string' },
      group: { type: 'string' },
      json: { type: 'boolean' },
      out: { type: 'string' },
      from: { type: 'string' },
      to: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (OPERATIONS.includes(positionals[0] ?? '') && !values.help) {
    const output = await runOperation(positionals, values, (line) => process.stderr.write(line + '\n'));
    process.stdout.write(output + '\n');
    return;
  }
  const storage = await openStorage(readConfig());
  try {
    await loadReferenceData(storage.db, () => new Date());
    const output = await runCommand(storage.db, positionals, values, readStdin);
    if (output) process.stdout.write(output.endsWith('\n') ? output : output + '\n');
  } finally {
    await storage.close();
  }
}

async function readStdin(): Promise<string> {
  if (process.stdin.isTTY)
    throw new UsageError('--password-stdin reads the password from standard input: pipe it in, e.g. `printf %s "$PW" | pnpm cli ...`.');
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  // One trailing newline (from echo or a file) is not part of the password.
  return Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '');
}

main(process.argv.slice(2)).then(
  () => process.exit(0),
  (err: unknown) => {
    const usage = err instanceof UsageError || (err as { code?: string })?.code?.startsWith?.('ERR_PARSE_ARGS');
    process.stderr.write(`error: ${err instanceof Error ? err.message : String(err)}\n`);
    if (usage) process.stderr.write('Run `pnpm cli help` for usage.\n');
    process.exit(usage ? 2 : 1);
  },
);
