/**
 * French typography in every French message: a non-breaking space before ":" and a narrow one before
 * ";", "?" and "!", guillemets « » with non-breaking spaces inside (never straight or curly double
 * quotes), and no inclusive-writing dots ("connecté·e"): rephrase instead.
 */
import { describe, expect, it } from 'vitest';
import { fr } from './fr.ts';
import type { Message } from './types.ts';

const NBSP = '\u00a0';
const NARROW_NBSP = '\u202f';

type Strings = Readonly<Record<string, Message>>;

const featureFiles = import.meta.glob<Record<string, Strings>>('./features/*.fr.ts', { eager: true });

/** Every French string with where it comes from: `file key [form]`. */
function frenchStrings(): [string, string][] {
  const dictionaries: [string, Strings][] = [
    ['fr.ts', fr],
    ...Object.entries(featureFiles).map(([path, module]): [string, Strings] => [path.slice(2), Object.values(module)[0]!]),
  ];
  return dictionaries.flatMap(([file, dictionary]) =>
    Object.entries(dictionary).flatMap(([key, message]) =>
      typeof message === 'string'
        ? [[`${file} ${key}`, message] as [string, string]]
        : Object.entries(message).map(([form, text]) => [`${file} ${key} [${form}]`, String(text)] as [string, string]),
    ),
  );
}

/** What is wrong with one French string, by rule. */
export function typographyProblems(text: string): string[] {
  const problems: string[] = [];
  // Punctuation that ends a clause: followed by a space, a closing mark or the end (not "10:30", "https://").
  for (const match of text.matchAll(/(.)([:;?!])(?=[\s»)]|$)/gu)) {
    const [, before, mark] = match;
    const wanted = mark === ':' ? [NBSP, NARROW_NBSP] : [NARROW_NBSP, NBSP];
    if (!wanted.includes(before!)) problems.push(`needs a non-breaking space before "${mark}"`);
  }
  if (/["“”]/u.test(text)) problems.push('uses double quotes: write « » with non-breaking spaces');
  if (/«(?![\u00a0\u202f])/u.test(text) || /(?<![\u00a0\u202f])»/u.test(text)) problems.push('needs non-breaking spaces inside « »');
  if (/\p{L}[·•.]\p{Ll}/u.test(text.replace(/\{\w+\}/g, '').replace(/\b(?:[\w-]+\.)+[a-z]{2,}\b/g, ''))) {
    problems.push('uses an inclusive-writing dot: rephrase');
  }
  return [...new Set(problems)];
}

describe('French typography', () => {
  it('knows the rules', () => {
    expect(typographyProblems(`Rôle${NBSP}: {role}`)).toEqual([]);
    expect(typographyProblems('Rôle : {role}')).toEqual(['needs a non-breaking space before ":"']);
    expect(typographyProblems('Rôle: x')).toEqual(['needs a non-breaking space before ":"']);
    expect(typographyProblems(`Supprimer${NARROW_NBSP}?`)).toEqual([]);
    expect(typographyProblems('Supprimer ?')).toEqual(['needs a non-breaking space before "?"']);
    expect(typographyProblems('à 10:30, https://icc-cpi.int')).toEqual([]);
    expect(typographyProblems('le "Plan"')).toEqual(['uses double quotes: write « » with non-breaking spaces']);
    expect(typographyProblems('le «Plan»')).toEqual(['needs non-breaking spaces inside « »']);
    expect(typographyProblems(`le «${NBSP}Plan${NBSP}»`)).toEqual([]);
    expect(typographyProblems('Connecté·e en tant que')).toEqual(['uses an inclusive-writing dot: rephrase']);
    expect(typographyProblems('connecté.e')).toEqual(['uses an inclusive-writing dot: rephrase']);
    expect(typographyProblems('Fin. Début')).toEqual([]);
  });

  it('is followed by every French string', () => {
    const failures = frenchStrings().flatMap(([where, text]) => typographyProblems(text).map((problem) => `${where}: ${problem}`));
    expect(failures.join('\n')).toBe('');
  });
});
