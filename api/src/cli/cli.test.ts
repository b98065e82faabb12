import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { testDatabaseUrl } from '../test/harness.ts';

const root = fileURLToPath(new URL('../../..', import.meta.url));

// With TEST_DATABASE_URL, the CLI works on a fresh PostgreSQL schema (DATABASE_URL); else SQLite in DATA_DIR.
let databaseUrl: string | null = null;
beforeAll(async () => {
  databaseUrl = await testDatabaseUrl();
});

/** Runs the real CLI as a person would, against its own fresh DATA_DIR (and database). */
function cli(dataDir: string, args: string[], stdin?: string) {
  const r = spawnSync(process.execPath, ['api/dist/cli.mjs', ...args], {
    cwd: root,
    env: { ...process.env, DATA_DIR: dataDir, ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}) },
    input: stdin ?? '',
    encoding: 'utf8',
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('pnpm cli', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ch-cli-'));
  const good = 'a long and unusual passphrase\n';

  it('adds users and lists them; refuses duplicates, weak passwords, unknown entities and missing flags', () => {
    const added = cli(
      dir,
      ['user', 'add', '--email', 'fp@example.org', '--role', 'focal_point', '--entity', 'BEN', '--password-stdin'],
      good,
    );
    expect(added.code, added.err).toBe(0);
    expect(added.out).toMatch(/Created focal_point account fp@example.org for BEN/);

    const dup = cli(
      dir,
      ['user', 'add', '--email', 'FP@example.org', '--role', 'focal_point', '--entity', 'BEN', '--password-stdin'],
      good,
    );
    expect(dup.code).toBe(1);
    expect(dup.err).toMatch(/already exists/);

    const weak = cli(dir, ['user', 'add', '--email', 'w@example.org', '--role', 'secretariat', '--password-stdin'], 'short\n');
    expect(weak.code).toBe(1);
    expect(weak.err).toMatch(/at least 12 characters/);

    const common = cli(dir, ['user', 'add', '--email', 'c@example.org', '--role', 'secretariat', '--password-stdin'], 'qwertyuiopasdfgh\n');
    expect(common.code).toBe(1);
    expect(common.err).toMatch(/commonly used/);

    const noEntity = cli(
      dir,
      ['user', 'add', '--email', 'x@example.org', '--role', 'focal_point', '--entity', 'XYZ', '--password-stdin'],
      good,
    );
    expect(noEntity.code).toBe(1);
    expect(noEntity.err).toMatch(/no entity "XYZ"/);

    const missing = cli(dir, ['user', 'add', '--role', 'bureau', '--password-stdin'], good);
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/--email is required/);

    const badRole = cli(dir, ['user', 'add', '--email', 'r@example.org', '--role', 'admin', '--password-stdin'], good);
    expect(badRole.code).toBe(2);
    expect(badRole.err).toMatch(/--role must be one of/);

    const noStdinFlag = cli(dir, ['user', 'add', '--email', 'r@example.org', '--role', 'bureau']);
    expect(noStdinFlag.code).toBe(2);

    const unknownFlag = cli(dir, ['user', 'add', '--mail', 'r@example.org']);
    expect(unknownFlag.code).toBe(2);

    const list = cli(dir, ['user', 'list', '--json']);
    expect(list.code).toBe(0);
    const users = JSON.parse(list.out);
    expect(users).toHaveLength(1);
    expect(users[0]).not.toHaveProperty('passwordHash');
  }, 60000);

  it('changes a password, and manages entities', () => {
    expect(cli(dir, ['user', 'passwd', '--email', 'fp@example.org', '--password-stdin'], 'another long passphrase here\n').code).toBe(0);
    expect(cli(dir, ['user', 'passwd', '--email', 'ghost@example.org', '--password-stdin'], 'another long passphrase here\n').code).toBe(1);

    const add = cli(dir, [
      'entity',
      'add',
      '--id',
      'african-union',
      '--kind',
      'regional_organisation',
      '--name-en',
      'African Union',
      '--name-fr',
      'Union africaine',
    ]);
    expect(add.code, add.err).toBe(0);
    expect(
      cli(dir, ['entity', 'add', '--id', 'african-union', '--kind', 'regional_organisation', '--name-en', 'AU', '--name-fr', 'UA']).code,
    ).toBe(1);
    expect(cli(dir, ['entity', 'add', '--id', 'x', '--kind', 'state', '--name-en', 'X', '--name-fr', 'X']).code).toBe(2);
    const list = cli(dir, ['entity', 'list', '--kind', 'regional_organisation']);
    expect(list.out).toMatch(/african-union/);
    const states = cli(dir, ['entity', 'list', '--json']);
    expect(JSON.parse(states.out).some((e: { id: string }) => e.id === 'BEN')).toBe(true);
    expect(cli(dir, ['frobnicate']).code).toBe(2);
  }, 60000);
});
