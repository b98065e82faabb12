import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exportXliff, importXliff, missingReport } from './commands.ts';

const WEB_I18N = join(import.meta.dirname, '..', '..', '..', 'web', 'src', 'lib', 'i18n');
let dir: string;

const snapshot = (root: string) =>
  Object.fromEntries(
    readdirSync(root, { recursive: true, encoding: 'utf8' })
      .filter((path) => path.endsWith('.ts'))
      .map((path) => [path, readFileSync(join(root, path), 'utf8')]),
  );

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'i18n-'));
  cpSync(WEB_I18N, dir, { recursive: true });
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('export then import', () => {
  it.each(['fr', 'es', 'ar', 'ru', 'zh'])(
    'gives back the %s dictionaries unchanged',
    async (language) => {
      const before = snapshot(dir);
      await importXliff(dir, language, exportXliff(dir, language));
      expect(snapshot(dir)).toEqual(before);
    },
    60_000,
  );
});

describe('the XLIFF file', () => {
  it('holds every message with its context, plural forms by category, and the review comment as a note', () => {
    const path = join(dir, 'features', 'desk.fr.ts');
    writeFileSync(path, readFileSync(path, 'utf8').replace("  'desk.work.title':", "  // review: official title?\n  'desk.work.title':"));
    const xml = exportXliff(dir, 'ru');
    expect(xml).toContain('<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="ru">');
    expect(xml).toMatch(/<unit id="drafts.count" name="drafts.count">[\s\S]*?<segment id="few" state="(initial|reviewed|translated)">/);
    expect(xml).toContain('<note category="plural">few: 2, 3, 4, 22, 23, 24</note>');
    const french = exportXliff(dir, 'fr');
    expect(french).toMatch(
      /<unit id="desk.work.title" name="desk.work.title">\s*<notes>[\s\S]*?<note category="review">official title\?<\/note>[\s\S]*?<segment state="translated">/,
    );
    expect(french).toMatch(/<unit id="auth.signedInAs" name="auth.signedInAs">[\s\S]*?Keep these as they are: \{email\}/);
  });

  it('escapes XML and reads back quotes, ampersands and angle brackets', async () => {
    const path = join(dir, 'fr.ts');
    writeFileSync(path, readFileSync(path, 'utf8').replace("'nav.menu': 'Menu'", `'nav.menu': 'A & B <i> "x" \\'y\\''`));
    const xml = exportXliff(dir, 'fr');
    expect(xml).toContain('A &amp; B &lt;i&gt;');
    const before = snapshot(dir);
    await importXliff(dir, 'fr', xml);
    expect(snapshot(dir)).toEqual(before);
  });

  it('keeps a review comment while the unit is not reviewed, and drops it once it is', async () => {
    const path = join(dir, 'features', 'desk.fr.ts');
    writeFileSync(path, readFileSync(path, 'utf8').replace("  'desk.work.title':", "  // review: official title?\n  'desk.work.title':"));
    const xml = exportXliff(dir, 'fr');
    await importXliff(dir, 'fr', xml);
    expect(readFileSync(path, 'utf8')).toContain("  // review: official title?\n  'desk.work.title':");
    const reviewed = xml.replace(/(<unit id="desk.work.title"[\s\S]*?<segment )state="translated"/, '$1state="reviewed"');
    await importXliff(dir, 'fr', reviewed);
    expect(readFileSync(path, 'utf8')).not.toContain('review:');
  });

  it('creates the file of a feature a language had not translated, formatted', async () => {
    const xml = exportXliff(dir, 'es').replace(
      /(<unit id="desk.work.title"[\s\S]*?<source>[^<]*<\/source>)(\s*<target>[^<]*<\/target>)?/,
      '$1<target>Trabajo por hacer</target>',
    );
    const path = join(dir, 'features', 'desk.es.ts');
    // As for a language that had never translated this feature: the file is made from the XLIFF alone.
    rmSync(path, { force: true });
    await importXliff(dir, 'es', xml);
    expect(readFileSync(path, 'utf8')).toContain("  'desk.work.title': 'Trabajo por hacer',\n");
    expect(readFileSync(path, 'utf8')).toContain('export const deskEs: Translation<typeof deskEn> = {');
  });
});

describe('refusals', () => {
  it('refuses a tampered placeholder, naming the unit, and changes nothing', async () => {
    const before = snapshot(dir);
    const xml = exportXliff(dir, 'fr').replace(
      '<target>Session ouverte\u00a0: {email}</target>',
      '<target>Session ouverte\u00a0: {courriel}</target>',
    );
    await expect(importXliff(dir, 'fr', xml)).rejects.toThrow(
      /unit "auth.signedInAs" \(core\): placeholders \{courriel\}; English has \{email\}/,
    );
    expect(snapshot(dir)).toEqual(before);
  });

  it('refuses a plural without its other form, or with a category the language lacks', async () => {
    const xml = exportXliff(dir, 'fr');
    const withoutOther = xml.replace(
      /(<unit id="drafts.count"[\s\S]*?<segment id="other"[^>]*>\s*<source>[^<]*<\/source>\s*)<target>[^<]*<\/target>/,
      '$1',
    );
    await expect(importXliff(dir, 'fr', withoutOther)).rejects.toThrow(/unit "drafts.count" \(core\): the plural lacks its `other` form/);
    const withFew = xml.replace(/<segment id="other"([^>]*)>(\s*<source>\{count\} drafts<\/source>)/, '<segment id="few"$1>$2');
    await expect(importXliff(dir, 'fr', withFew)).rejects.toThrow(/unit "drafts.count" \(core\): categories few do not exist in fr/);
  });

  it('refuses a file for another language and a key English does not have', async () => {
    await expect(importXliff(dir, 'es', exportXliff(dir, 'fr'))).rejects.toThrow('This file is for "fr", not "es".');
    const xml = exportXliff(dir, 'fr').replace('<unit id="nav.menu" name="nav.menu">', '<unit id="nav.bogus" name="nav.bogus">');
    await expect(importXliff(dir, 'fr', xml)).rejects.toThrow('unit "nav.bogus" (core): English has no such key');
  });
});

describe('the missing-translations report', () => {
  it('says French is complete and lists what a language lacks', () => {
    expect(missingReport(dir, ['fr'])).toEqual({ text: 'fr: complete', total: 0 });
    const path = join(dir, 'fr.ts');
    writeFileSync(path, readFileSync(path, 'utf8').replace("  'nav.menu': 'Menu',\n", ''));
    const report = missingReport(dir, ['fr']);
    expect(report.total).toBe(1);
    expect(report.text).toContain('nav.menu: missing: no translation');
  });
});
