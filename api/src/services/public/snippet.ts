import type { SearchTerm } from './search-terms.ts';
import { termWords } from './search-terms.ts';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

const fold = (word: string) => word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/**
 * Whether a word of the text answers a query word. The index stems (porter) and folds accents, so a
 * shared stem-length prefix is a close enough stand-in: "implementing" lights up for "implementation".
 */
const answers = (word: string, queryWords: readonly string[]) => {
  const w = fold(word);
  return queryWords.some((q) => {
    const stem = q.length <= 4 ? q : q.slice(0, Math.max(4, q.length - 3));
    return w.startsWith(stem);
  });
};

const SNIPPET_WORDS = 32;
const TOKEN = /[\p{L}\p{N}]+|[^\p{L}\p{N}]+/gu;

/**
 * A short HTML excerpt of `text` around the first word that answers the query, every answering word in
 * <mark>. The caller passes text from the *projected* item, and everything else is escaped here, so the
 * only markup in a snippet is <mark>. Without a query: the start of the text, escaped.
 */
export function buildSnippet(text: string, terms: readonly SearchTerm[]): { html: string; hit: boolean } {
  const queryWords = termWords(terms).map(fold);
  const tokens = text.replace(/\s+/g, ' ').trim().match(TOKEN) ?? [];
  const isWord = (t: string) => /[\p{L}\p{N}]/u.test(t);
  const wordIndexes = tokens.flatMap((t, i) => (isWord(t) ? [i] : []));
  const firstHit = queryWords.length ? wordIndexes.findIndex((i) => answers(tokens[i]!, queryWords)) : -1;
  const startWord = Math.max(0, firstHit - 8);
  const endWord = startWord + SNIPPET_WORDS;
  // from the very start / to the very end when the window reaches them, punctuation included
  const from = startWord === 0 ? 0 : wordIndexes[startWord]!;
  const to = endWord >= wordIndexes.length - 1 ? tokens.length - 1 : wordIndexes[endWord]!;
  const html = tokens
    .slice(from, to + 1)
    .map((t) => (isWord(t) && queryWords.length && answers(t, queryWords) ? `<mark>${escapeHtml(t)}</mark>` : escapeHtml(t)))
    .join('');
  const before = from > 0 ? '… ' : '';
  const after = to < tokens.length - 1 ? ' …' : '';
  return { html: `${before}${html}${after}`, hit: firstHit >= 0 };
}
