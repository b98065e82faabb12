import type { Category } from '@clearinghouse/shared';
import type { MessageKey } from '$lib/i18n/index.ts';

/** Paragraph 6(h)'s point for each of its categories, as the note verbale numbers them. */
const POINT_6H: Partial<Record<Category, string>> = {
  obstacle: 'i',
  strategy: 'ii',
  assistance: 'iii',
  event: 'iv',
  legislation: 'v',
  agreement: 'vi',
  constitutional: 'vii',
  focal_point: 'viii',
};

/** The note verbale's wording of a category (guidance.<category>) and where it comes from. */
export function guidanceOf(category: Category): { text: MessageKey; source: MessageKey; params?: { point: string } } {
  const text = `guidance.${category}` as MessageKey;
  const point = POINT_6H[category];
  if (point) return { text, source: 'guidance.source.6h', params: { point } };
  return { text, source: category === 'apic' ? 'guidance.source.6c' : 'guidance.source.annex2' };
}
