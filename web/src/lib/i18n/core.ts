/**
 * The core dictionary of each language other than English (bundled): a chunk loaded when the language
 * is chosen. Like English's, each core spreads in the sign-out dialog (`features/device.<language>.ts`)
 * and the words for the server's error codes (`features/errors.<language>.ts`), which any page can show.
 */
import type { Language } from './languages.ts';
import type { PartialDictionary } from './types.ts';

export const coreLoaders: Readonly<Record<Exclude<Language, 'en'>, () => Promise<PartialDictionary>>> = {
  fr: () => import('./fr.ts').then((m) => m.fr),
  ar: () => import('./ar.ts').then((m) => m.ar),
  es: () => import('./es.ts').then((m) => m.es),
  ru: () => import('./ru.ts').then((m) => m.ru),
  zh: () => import('./zh.ts').then((m) => m.zh),
};
