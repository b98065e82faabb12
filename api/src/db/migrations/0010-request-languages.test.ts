import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { openTestDatabase, testDialect } from '../../test/harness.ts';
import { cyclesRepo } from '../repositories/cycles.ts';
import { migrateToLatest } from '../migrate.ts';
import { migrations } from './index.ts';

const before0010 = Object.fromEntries(Object.entries(migrations).filter(([name]) => name < '0010'));
const now = '2026-12-01T10:00:00.000Z';

const former = [
  {
    id: '0195a1b2-0000-7000-8000-0000000000a1',
    reference: 'ICC-ASP/9/SP/PA/21',
    title: 'Plan of Action: request for information',
    titleFr: 'Plan d’action : demande d’informations',
    issuedOn: '2010-08-09',
    deadline: '2010-10-30',
    categories: ['obstacle', 'legislation'],
    addressees: 'all-states-parties',
    textEn: 'The Secretariat presents its compliments…',
    textFr: 'Le Secrétariat présente ses compliments…',
  },
  {
    id: '0195a1b2-0000-7000-8000-0000000000a2',
    reference: 'ICC-ASP/10/SP/PA/3',
    title: 'English only',
    titleFr: null,
    issuedOn: '2011-08-09',
    deadline: '2011-10-30',
    categories: ['event'],
    addressees: ['BEN'],
    textEn: null,
    textFr: null,
    closedAt: '2011-11-02T09:00:00.000Z',
  },
];

describe(`migration 0010 on an existing database (${testDialect})`, () => {
  it('moves every request’s languages into titles and texts without losing a request or a word', async () => {
    const { db } = await openTestDatabase();
    await migrateToLatest(db, { list: before0010 });
    for (const doc of former) {
      await sql`insert into cycles (id, reference, doc, created_at, updated_at)
        values (${doc.id}, ${doc.reference}, ${JSON.stringify(doc)}, ${now}, ${now})`.execute(db);
    }

    expect(await migrateToLatest(db)).toContain('0010-request-languages');
    const repo = cyclesRepo(db);
    const all = await repo.list();
    expect(all).toHaveLength(2);
    expect(await repo.get(former[0]!.id)).toEqual({
      id: former[0]!.id,
      reference: 'ICC-ASP/9/SP/PA/21',
      title: 'Plan of Action: request for information',
      titles: { fr: 'Plan d’action : demande d’informations' },
      texts: { en: 'The Secretariat presents its compliments…', fr: 'Le Secrétariat présente ses compliments…' },
      issuedOn: '2010-08-09',
      deadline: '2010-10-30',
      categories: ['obstacle', 'legislation'],
      addressees: 'all-states-parties',
    });
    const { titleFr: _t, textEn: _e, textFr: _f, ...rest } = former[1]!;
    expect(await repo.get(former[1]!.id)).toEqual(rest);
  });
});
