import { describe, expect, it } from 'vitest';
import { createTestContext } from '../test/harness.ts';
import { device } from '../test/sync-helpers.ts';
import { DEMO_CYCLE, DEMO_PASSWORD, DEMO_SUBMISSIONS } from './content.ts';
import { seedDemo } from './seed.ts';

describe('pnpm demo content', () => {
  it('seeds accounts, a request and submissions in every state of the workflow', async () => {
    const t = await createTestContext();
    await seedDemo(t.db, t.keyring, () => new Date());
    const published = await t.db.selectFrom('published_items').select('doc').execute();
    expect(published.length).toBeGreaterThan(5);
    expect(JSON.stringify(published)).not.toContain('Not for publication');
    const sec = await device(t, 'secretariat@demo.example', DEMO_PASSWORD);
    const { changes } = await sec.pullAll();
    const statuses = changes
      .filter((c) => c.table === 'submissions')
      .map((c) => c.record.status)
      .sort();
    expect(statuses).toEqual(['acknowledged', 'published', 'published', 'transmitted']);
  });

  it('asks what the note verbale asks, and states no treaty fact it cannot source', () => {
    expect(DEMO_CYCLE.categories).toEqual(expect.arrayContaining(['experience', 'court_decision'])); // "ainsi que l'annexe II"
    expect(DEMO_CYCLE.texts.fr).toContain('l’alinéa h) du paragraphe 6 du Plan d’action ainsi que l’annexe II');
    expect(DEMO_CYCLE.texts.fr).toContain('rendues publiques dans leur intégralité, à moins que');
    expect(DEMO_CYCLE.texts.fr).toContain('par la voie diplomatique');
    expect(DEMO_CYCLE.texts.fr).toContain('version numérique');
    expect(DEMO_CYCLE.texts.es).toMatch(/apartado h\) del párrafo 6.*pública en su totalidad.*vía diplomática.*versión digital/s);
    expect(DEMO_CYCLE.texts.en).toMatch(/annex II.*made public in full.*diplomatic channel.*digital version/s);
    const items: Record<string, unknown>[] = DEMO_SUBMISSIONS.flatMap((s) => s.items.map((i) => ({ entityId: s.entityId, ...i })));
    const enforcement = items.find((i) => i.entityId === 'FRA' && i.agreementType === 'enforcement_of_sentences');
    expect(enforcement).toMatchObject({ signatureDate: '2021-10-11' });
    // a law cited by its promulgation date gives neither an adoption nor an entry into force it cannot source
    for (const law of items.filter((i) => i.category === 'legislation')) {
      expect(law).not.toHaveProperty('adoptionDate');
      expect(law).not.toHaveProperty('entryIntoForceDate');
    }
  });
});
