/**
 * The requests for information as the workspace shows them: the cached copy first (offline too), then
 * the server's when it answers. Writes refresh the cache so every page agrees at once.
 */
import type { Cycle, Entity } from '@clearinghouse/shared';
import { getDb } from '$lib/db/instance.ts';
import { live } from '$lib/db/live.svelte.ts';
import { readReference, refreshReference } from '$lib/drafts/reference-cache.ts';

export interface ReferenceView {
  readonly cycles: Cycle[] | null;
  readonly entities: Entity[] | null;
  readonly loaded: boolean;
}

/** Live cycles and entities from the local cache; call during component initialisation. */
export function referenceView(): ReferenceView {
  const db = getDb();
  const cycles = live(() => readReference(db, 'cycles'), null);
  const entities = live(() => readReference(db, 'entities'), null);
  $effect(() => {
    void refreshReference(db);
  });
  return {
    get cycles() {
      return cycles.value;
    },
    get entities() {
      return entities.value;
    },
    get loaded() {
      return cycles.loaded && entities.loaded;
    },
  };
}

/** After a write: fetch the lists again (the live views above then update by themselves). */
export const refreshCycles = () => refreshReference(getDb(), { afterWrite: true });
