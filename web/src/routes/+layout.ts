import { featuresFor, initLocale, loadFeatures } from '$lib/i18n/index.ts';
import type { LayoutLoad } from './$types';

// A single-page app: every route renders in the browser from the one fallback page (index.html).
export const ssr = false;
export const prerender = false;

let localeChosen: Promise<void> | undefined;

export const load = (async ({ route }) => {
  // The language, and the strings of the route's features, must be there before the first render,
  // or the page would flash in English or show raw keys. Reading route.id reruns this load on each
  // navigation to another route; features already loaded are not fetched again.
  localeChosen ??= initLocale();
  await localeChosen;
  await loadFeatures(featuresFor(route.id));
  return {};
}) satisfies LayoutLoad;
