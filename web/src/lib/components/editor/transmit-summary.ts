import { CATEGORIES, type Category } from '@clearinghouse/shared';
import type { LocalItem } from '$lib/db/rows.ts';

/** What a transmission sends, counted the way the person checks it before pressing "Transmit now". */
export interface TransmitSummary {
  byCategory: { category: Category; count: number }[];
  emptyCategories: Category[];
  confidentialElements: number;
  /** Fields kept confidential inside public elements (a confidential element's fields are not counted twice). */
  confidentialFields: number;
  files: number;
}

export function summariseForTransmit(items: readonly LocalItem[]): TransmitSummary {
  const counts = new Map<Category, number>(CATEGORIES.map((c) => [c, 0]));
  for (const item of items) counts.set(item.category, (counts.get(item.category) ?? 0) + 1);
  return {
    byCategory: CATEGORIES.filter((c) => counts.get(c)! > 0).map((category) => ({ category, count: counts.get(category)! })),
    emptyCategories: CATEGORIES.filter((c) => counts.get(c) === 0),
    confidentialElements: items.filter((i) => i.confidential).length,
    confidentialFields: items.filter((i) => !i.confidential).reduce((n, i) => n + (i.confidentialFields?.length ?? 0), 0),
    files: items.reduce((n, i) => n + (i.attachments?.length ?? 0), 0),
  };
}
