import { describe, expect, it } from 'vitest';
import { toFtsQuery } from '../../db/repositories/public-search.ts';
import { foldLine, escapeText } from './icalendar.ts';
import { parseSearchQuery } from './search-terms.ts';
import { buildSnippet, escapeHtml } from './snippet.ts';

describe('parseSearchQuery', () => {
  it('keeps letters and digits only, quotes phrases, prefixes a long last word', () => {
    expect(parseSearchQuery('Rome "implementing legislation" 2010')).toEqual([
      { words: ['rome'], prefix: false },
      { words: ['implementing', 'legislation'], prefix: false },
      { words: ['2010'], prefix: true },
    ]);
    expect(parseSearchQuery(`'; DROP TABLE x; --`).map((t) => t.words[0])).toEqual(['drop', 'table', 'x']);
    expect(parseSearchQuery('a NEAR(b c) * ^ :')).toHaveLength(4);
    expect(parseSearchQuery('"')).toEqual([]);
    expect(parseSearchQuery('')).toEqual([]);
    expect(parseSearchQuery('x '.repeat(50))).toHaveLength(12);
  });

  it('becomes an FTS5 expression of quoted words only', () => {
    expect(toFtsQuery(parseSearchQuery('near OR "a b" statut'))).toBe('"near" "or" "a b" "statut"*');
  });
});

describe('buildSnippet', () => {
  it('marks matching words and escapes everything else', () => {
    const { html, hit } = buildSnippet('<img src=x onerror=alert(1)> The Rome Statute', parseSearchQuery('statute'));
    expect(hit).toBe(true);
    expect(html).toBe('&lt;img src=x onerror=alert(1)&gt; The Rome <mark>Statute</mark>');
    expect(escapeHtml(`"'&`)).toBe('&quot;&#39;&amp;');
  });

  it('cuts long texts around the first match', () => {
    const text = `${'word '.repeat(200)}complementarity ${'tail '.repeat(200)}`;
    const { html } = buildSnippet(text, parseSearchQuery('complementarity'));
    expect(html.startsWith('… ')).toBe(true);
    expect(html.endsWith(' …')).toBe(true);
    expect(html).toContain('<mark>complementarity</mark>');
    expect(html.length).toBeLessThan(400);
  });
});

describe('iCalendar text', () => {
  it('escapes and folds at 75 octets without splitting a character', () => {
    expect(escapeText('a;b,c\\d\ne')).toBe('a\\;b\\,c\\\\d\\ne');
    const folded = foldLine(`SUMMARY:${'é'.repeat(100)}`);
    for (const line of folded.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(folded.replace(/\r\n /g, '')).toBe(`SUMMARY:${'é'.repeat(100)}`);
  });
});
