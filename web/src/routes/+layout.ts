import { initLocale } from '$lib/i18n/index.ts';
import type { LayoutLoad } from './$types';

// A single-page app: every route renders in the browser from the one fallback page (index.html).
export const ssr = false;
export const prerender = false;

export const load = (async () => {
  // The language must be known before the first render, or the page would flash in English.
  await initLocale();
  return {};
}) satisfies LayoutLoad;
