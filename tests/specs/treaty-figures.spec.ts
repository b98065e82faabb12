import { expect, test } from '../fixtures.ts';
import type { Page } from '@playwright/test';

/**
 * The treaty figures a person reads (home page, a State's profile, the Bureau's chart and table) are the
 * figures the API derives from the loaded dataset, and each says the date of the records it rests on.
 */
const REGIONAL = [
  'African States',
  'Asia-Pacific States',
  'Eastern European States',
  'Latin American and Caribbean States',
  'Western European and other States',
];

const useLanguage = async (page: Page, lang: 'en' | 'fr') => {
  await page.goto('/');
  await page.evaluate((l) => localStorage.setItem('clearinghouse.locale', l), lang);
};

test('the home page shows the parties the API counts, with the date of their records', async ({ page, request }) => {
  const summary = await (await request.get('/api/public/summary')).json();
  // the dataset holds no event after 2 June 2026: on any later day the count is the same
  expect(summary.statesParties.total).toEqual({ parties: 124, undetermined: 0 });
  expect(summary.apicParties.total.parties).toBe(77);

  await useLanguage(page, 'en');
  await page.goto('/');
  const main = page.getByRole('main');
  const parties = main.locator('[data-figure="states-parties"]');
  await expect(parties).toContainText('124 States Parties to the Rome Statute');
  await expect(parties).toContainText('recorded as of 3 December 2026; later changes entered by the Secretariat: 0');
  const apic = main.locator('[data-figure="apic-parties"]');
  await expect(apic).toContainText('77 parties to the APIC');
  await expect(apic).toContainText('recorded as of 15 January 2018');
  await expect(main.getByText('None recorded as of 3 December 2026.')).toBeVisible();
  await expect(main).not.toContainText('No withdrawal is pending');

  const byGroup = main.locator('[data-figure="by-group"]');
  for (const [i, group] of ['african', 'asia_pacific', 'eastern_european', 'grulac', 'weog'].entries()) {
    const row = byGroup.getByRole('row', { name: new RegExp(`^${REGIONAL[i]}`) });
    await expect(row.getByRole('cell').first()).toHaveText(String(summary.romeStatuteByGroup[group].parties));
    await expect(row.getByRole('cell').nth(1)).toHaveText(String(summary.romeStatuteByGroup[group].signatories));
  }
  await expect(
    byGroup
      .getByRole('row', { name: /^Total/ })
      .getByRole('cell')
      .first(),
  ).toHaveText('124');
  await page.screenshot({ path: test.info().outputPath('home-en.png'), fullPage: true });

  await useLanguage(page, 'fr');
  await page.goto('/');
  await expect(page.getByRole('main').locator('[data-figure="states-parties"]')).toContainText('124 États parties au Statut de Rome');
  await expect(page.getByRole('main').locator('[data-figure="states-parties"]')).toContainText('enregistrés au 3 décembre 2026');
  await page.screenshot({ path: test.info().outputPath('home-fr.png'), fullPage: true });
});

test('State profiles give the depositary’s dates, the kind of instrument and the date of the records', async ({ page }) => {
  await useLanguage(page, 'en');
  await page.goto('/states/CAN');
  const rome = page.locator('.treaty').filter({ hasText: 'Rome Statute' }).first();
  await expect(rome).toContainText('Party');
  await expect(rome).toContainText('Entry into force: 1 July 2002');
  await expect(rome).toContainText('7 July 2000');
  await expect(rome).not.toContainText('date unknown');
  await expect(rome).toContainText('Records as of 3 December 2026');
  await page.screenshot({ path: test.info().outputPath('canada-en.png'), fullPage: true });

  await page.goto('/states/JPN');
  const japan = page.locator('.treaty').filter({ hasText: 'Rome Statute' }).first();
  await expect(japan).toContainText('Accession');
  await expect(japan).not.toContainText('Ratification');

  await page.goto('/states/PHL');
  const philippines = page.locator('.treaty').filter({ hasText: 'Rome Statute' }).first();
  await expect(philippines).toContainText('Withdrawn');
  await expect(philippines).toContainText('since 17 March 2019');
  await page.screenshot({ path: test.info().outputPath('philippines-en.png'), fullPage: true });

  await page.goto('/states/KEN');
  await expect(page.locator('.treaty').filter({ hasText: 'Rome Statute' }).first()).toContainText('Entry into force: 1 June 2005');

  await page.goto('/states/HUN');
  await expect(page.getByRole('main')).not.toContainText(/unverified|rescind/i);
  await page.screenshot({ path: test.info().outputPath('hungary-en.png'), fullPage: true });

  await page.goto('/states/NLD');
  await expect(page.getByRole('heading', { level: 3, name: 'Amendments to the Rome Statute' })).toBeVisible();
  await expect(page.locator('.treaty').filter({ hasText: 'Amendment to article 124' })).toContainText(
    'Instrument deposited, not yet in force',
  );
  await page.screenshot({ path: test.info().outputPath('netherlands-en.png'), fullPage: true });

  // a State with no APIC record in the 2018 table: none recorded as of that date, not "not a party"
  await page.goto('/states/CHN');
  await expect(page.locator('.treaty').filter({ hasText: 'APIC' })).toContainText(
    'Neither signature nor instrument recorded as of 15 January 2018.',
  );

  await useLanguage(page, 'fr');
  await page.goto('/states/KOR');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('République de Corée');
  await page.goto('/states/CAN');
  await expect(page.locator('.treaty').first()).toContainText('1 juillet 2002');
  await page.screenshot({ path: test.info().outputPath('canada-fr.png'), fullPage: true });
  await page.goto('/states/PHL');
  const philippinesFr = page.locator('.treaty').first();
  await expect(philippinesFr).toContainText('Retiré');
  await expect(philippinesFr).toContainText('depuis le 17 mars 2019');
  await page.screenshot({ path: test.info().outputPath('philippines-fr.png'), fullPage: true });
  await page.goto('/states/JPN');
  await expect(page.locator('.treaty').first()).toContainText('Adhésion');
  await page.screenshot({ path: test.info().outputPath('japan-fr.png'), fullPage: true });
  await page.goto('/states/KEN');
  await expect(page.locator('.treaty').first()).toContainText('1 juin 2005');
  await page.screenshot({ path: test.info().outputPath('kenya-fr.png'), fullPage: true });
});

test('the States page sorts official names in the reader’s language', async ({ page }) => {
  await useLanguage(page, 'fr');
  await page.goto('/states');
  const main = page.getByRole('main');
  await expect(
    main
      .getByText('Royaume-Uni de Grande-Bretagne et d’Irlande du Nord')
      .or(main.getByText("Royaume-Uni de Grande-Bretagne et d'Irlande du Nord"))
      .first(),
  ).toBeVisible();
  // accented capitals sort with their letter (French collation), not after Z as code points would
  await expect(main.getByRole('link', { name: /^(Égypte|Érythrée|Eswatini|Éthiopie)$/ })).toHaveText([
    'Égypte',
    'Érythrée',
    'Eswatini',
    'Éthiopie',
  ]);
});

test('the Bureau’s parties over time: chart and table give the API’s counts', async ({ page, signIn }) => {
  await signIn(page, 'bureau');
  const monitoring = await (await page.request.get('/api/monitoring')).json();
  const byYear = Object.fromEntries(monitoring.partiesOverTime.map((p: { date: string; total: number }) => [p.date.slice(0, 4), p.total]));
  expect(byYear).toMatchObject({ 2002: 81, 2010: 113, 2015: 123 });

  await page.goto('/app/monitoring');
  await expect(page.getByRole('img', { name: /States Parties to the Rome Statute over time/ })).toBeVisible();
  await expect(page.locator('[data-figure="parties-basis"]')).toContainText('derived from dated records as of 3 December 2026');
  await page.getByText('Show the figures as a table').first().click();
  const table = page.getByRole('table').first();
  for (const year of ['2002', '2010', '2015']) {
    const row = table.getByRole('row', { name: new RegExp(`^${year}`) });
    // columns: five groups, then the total
    await expect(row.getByRole('cell').nth(5)).toHaveText(String(byYear[year]));
  }
  await page.screenshot({ path: test.info().outputPath('monitoring-en.png'), fullPage: true });

  await page.evaluate(() => localStorage.setItem('clearinghouse.locale', 'fr'));
  await page.goto('/app/monitoring');
  await expect(page.locator('[data-figure="parties-basis"]')).toContainText('d’après les données datées au 3 décembre 2026');
  await page.screenshot({ path: test.info().outputPath('monitoring-fr.png'), fullPage: true });
});
