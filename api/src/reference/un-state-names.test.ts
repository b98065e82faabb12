import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { UN_STATE_NAMES } from '@clearinghouse/shared/reference/un-state-names';
import { describe, expect, it } from 'vitest';
import { apiRoot } from '../paths.ts';

/** The names table in shared/ is generated from this CSV (scripts/build-un-names.mjs). */
const CSV = join(apiRoot(), 'reference/names/unterm-short-names.csv');

describe('the UN names table and its source', () => {
  it('matches its source CSV row by row in every language, article dropped (corrections marked for review)', () => {
    const order = ['en', 'fr', 'es', 'ru', 'zh', 'ar'] as const;
    const rows = readFileSync(CSV, 'utf8').trim().split('\n').slice(1);
    const table = Object.values(UN_STATE_NAMES);
    expect(table).toHaveLength(rows.length);
    const clean = (s: string) => s.replace(/ \*+$/, '').replace(/ \((the|le|la|l'|les|el|los|las)\)$/, '');
    for (const line of rows) {
      const cells = line.split(',').map(clean);
      const row = table.find((r) => r.names.ru === cells[3] && r.names.zh === cells[4]);
      expect(row, line).toBeDefined();
      order.forEach((lang, i) => {
        if (row!.names[lang] !== cells[i]) expect('check' in row! && row.check, `${lang}: ${line}`).toBeTruthy();
      });
    }
  });
});
