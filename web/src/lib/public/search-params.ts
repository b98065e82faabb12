import { withQuery } from './load.ts';

export const FILTER_NAMES = ['category', 'region', 'kind', 'year', 'status', 'language', 'entity'] as const;
export type FilterName = (typeof FILTER_NAMES)[number];
export type SearchParams = { q: string } & Partial<Record<FilterName, string>>;
export const PAGE_SIZE = 20;

/** The /search address for these parameters (paging starts again whenever a filter changes). */
export const searchUrl = (params: SearchParams, offset = 0) => withQuery('/search', { ...params, offset: offset || undefined });

/** The same search with one filter set, or cleared when it already has that value. */
export const toggled = (params: SearchParams, name: FilterName, value: string) =>
  searchUrl({ ...params, [name]: params[name] === value ? '' : value });

/** The export addresses of the same search (the API takes the same names). */
export const exportUrl = (format: 'csv' | 'json', params: SearchParams) => withQuery(`/api/public/export.${format}`, params);

/**
 * Snippets come escaped from the server with <mark> as their only markup; anything else that looks
 * like a tag is escaped again here before {@html}, so a server bug cannot become markup.
 */
export const safeSnippet = (html: string) => html.replace(/<(?!\/?mark>)/g, '&lt;');
