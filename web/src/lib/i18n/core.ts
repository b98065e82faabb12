/**
 * The core dictionary of each language other than English (bundled): a chunk loaded when the language
 * is chosen. The words for the server's error codes (`features/errors.<language>.ts`) are part of the
 * core, since an error can appear on any page; they are merged here so a language's core file need not
 * list them.
 */
import type { Language } from './languages.ts';
import type { PartialDictionary } from './types.ts';

const withErrors = (core: Promise<PartialDictionary>, errors: Promise<PartialDictionary>): Promise<PartialDictionary> =>
  Promise.all([errors, core]).then(([errorWords, coreWords]) => ({ ...errorWords, ...coreWords }));

export const coreLoaders: Readonly<Record<Exclude<Language, 'en'>, () => Promise<PartialDictionary>>> = {
  fr: () => import('./fr.ts').then((m) => m.fr),
  ar: () =>
    withErrors(
      import('./ar.ts').then((m) => m.ar),
      import('./features/errors.ar.ts').then((m) => m.errorsAr),
    ),
  es: () =>
    withErrors(
      import('./es.ts').then((m) => m.es),
      import('./features/errors.es.ts').then((m) => m.errorsEs),
    ),
  ru: () =>
    withErrors(
      import('./ru.ts').then((m) => m.ru),
      import('./features/errors.ru.ts').then((m) => m.errorsRu),
    ),
  zh: () =>
    withErrors(
      import('./zh.ts').then((m) => m.zh),
      import('./features/errors.zh.ts').then((m) => m.errorsZh),
    ),
};
