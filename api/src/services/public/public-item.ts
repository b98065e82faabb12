import { PUBLIC_ACCESS, projectItem, type PublicElement } from '@clearinghouse/shared';
import type { PublishedItemHit } from '../../db/repositories/public-search.ts';

/** A published element as the public API returns it: the projected item plus where it came from. */
export type PublicItem = PublicElement;

const NOT_TEXT = new Set(['id', 'submissionId', 'category', 'position', 'title', 'description', 'attachments']);

/**
 * The published copy was projected at publication; it is projected again here on the way out (defence
 * in depth: a row written by a buggy or older publisher still cannot show a confidential part). Null
 * when the projection hides the element.
 */
export function toPublicItem(hit: PublishedItemHit): PublicItem | null {
  const projected = projectItem(hit.doc, PUBLIC_ACCESS);
  if (!projected) return null;
  return {
    ...projected,
    title: typeof projected.title === 'string' ? projected.title : undefined,
    description: typeof projected.description === 'string' ? projected.description : undefined,
    id: hit.itemId,
    category: hit.category,
    submissionId: hit.submissionId,
    entityId: hit.entityId,
    publishedAt: hit.publishedAt,
  };
}

export const toPublicItems = (hits: readonly PublishedItemHit[]): PublicItem[] => hits.flatMap((h) => toPublicItem(h) ?? []);

/** The text a snippet may quote, from the projected item only: description first, then other text. */
export function snippetSources(item: PublicItem): string[] {
  const text = (v: unknown): string[] =>
    typeof v === 'string' ? [v] : Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
  const others = Object.entries(item)
    .filter(([k]) => !NOT_TEXT.has(k) && !k.endsWith('EntityIds') && k !== 'entityId' && k !== 'publishedAt')
    .flatMap(([, v]) => text(v));
  return [...text(item.description), others.join(' · '), ...text(item.title)].filter((s) => s.trim() !== '');
}
