import { loadFeatures } from '$lib/i18n/index.ts';

/**
 * The dashboard's work list (Secretariat and Bureau) with its strings: the `desk` feature is loaded
 * here, with the component, not with every workspace page, so a focal point's first workspace page
 * does not fetch strings it never shows (docs/performance.md, round 6).
 */
export async function loadWorkDesk() {
  const [desk] = await Promise.all([import('./WorkDesk.svelte'), loadFeatures(['desk'])]);
  return desk;
}
