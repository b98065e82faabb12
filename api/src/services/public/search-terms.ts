import type { SearchTerm } from '../../db/repositories/public-search.ts';

export type { SearchTerm };

const MAX_TERMS = 12;
const MAX_WORD = 64;
const WORD = /[\p{L}\p{N}]+/gu;

const wordsOf = (text: string) => (text.normalize('NFKC').match(WORD) ?? []).map((w) => w.toLowerCase().slice(0, MAX_WORD));

/**
 * A visitor's query as terms: "quoted text" is a phrase, everything else single words. Only letters and
 * digits survive, so quotes, `*`, `-`, `:`, `^`, parentheses and SQL fragments are separators and an
 * operator word (NEAR, OR, NOT) is searched as a word. The last bare word matches as a prefix when it
 * is long enough to be selective.
 */
export function parseSearchQuery(q: string | undefined): SearchTerm[] {
  if (!q) return [];
  const terms: SearchTerm[] = [];
  // Split on double quotes: odd segments were inside a pair (an unpaired quote just ends the text).
  q.split('"').forEach((segment, i) => {
    const words = wordsOf(segment);
    if (words.length === 0) return;
    if (i % 2 === 1) terms.push({ words, prefix: false });
    else for (const word of words) terms.push({ words: [word], prefix: false });
  });
  const limited = terms.slice(0, MAX_TERMS);
  const last = limited.at(-1);
  const trailingQuote = q.trimEnd().endsWith('"');
  if (last && last.words.length === 1 && !trailingQuote && last.words[0]!.length >= 3) last.prefix = true;
  return limited;
}

/** Every distinct word of the terms, for highlighting. */
export const termWords = (terms: readonly SearchTerm[]): string[] => [...new Set(terms.flatMap((t) => t.words))];
