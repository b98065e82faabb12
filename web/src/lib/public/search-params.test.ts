import { describe, expect, it } from 'vitest';
import { exportUrl, safeSnippet, searchUrl, toggled } from './search-params.ts';

describe('search addresses', () => {
  it('leaves empty parameters out and toggles a filter', () => {
    expect(searchUrl({ q: 'rome statute', category: '' })).toBe('/search?q=rome+statute');
    expect(toggled({ q: 'x', region: 'weog' }, 'region', 'weog')).toBe('/search?q=x');
    expect(toggled({ q: 'x' }, 'year', '2026')).toBe('/search?q=x&year=2026');
    expect(exportUrl('csv', { q: 'a', entity: 'BEN' })).toBe('/api/public/export.csv?q=a&entity=BEN');
  });

  it('keeps only <mark> as markup in a snippet', () => {
    expect(safeSnippet('<mark>Rome</mark> &lt;b&gt; <img src=x onerror=alert(1)>')).toBe(
      '<mark>Rome</mark> &lt;b&gt; &lt;img src=x onerror=alert(1)>',
    );
  });
});
