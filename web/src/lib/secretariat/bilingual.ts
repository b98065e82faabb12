/**
 * Headings of documents for the Assembly are in both working languages whatever the reader's own
 * language: this renders a key in English and in French side by side.
 */
import { loadDictionary } from '$lib/i18n/i18n.svelte.ts';
import { translate } from '$lib/i18n/translate.ts';
import type { MessageKey, Params, PartialDictionary } from '$lib/i18n/types.ts';

export type Bilingual = (key: MessageKey, params?: Params) => { en: string; fr: string };

/** For the messages loaded now (the core and the current route's features). */
export async function loadBilingual(): Promise<Bilingual> {
  const en = await loadDictionary('en');
  let fr: PartialDictionary = {};
  try {
    fr = await loadDictionary('fr');
  } catch {
    // The French chunk is not cached (offline on a first visit): English stands in rather than failing.
  }
  return (key, params) => ({ en: translate(en, 'en', en, key, params), fr: translate(fr, 'fr', en, key, params) });
}
