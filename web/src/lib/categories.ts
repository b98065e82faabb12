import type { MessageKey } from '$lib/i18n/index.ts';

/**
 * The categories of information of the Plan of Action (6(h) i–viii, 6(c), annex II), in the
 * document's order. TODO: import the list from @clearinghouse/shared once its schemas land.
 */
export const CATEGORIES = [
  'obstacle',
  'strategy',
  'assistance',
  'event',
  'legislation',
  'agreement',
  'constitutional',
  'focal_point',
  'apic',
  'experience',
  'court_decision',
] as const;

export type Category = (typeof CATEGORIES)[number];

export const categoryLabel = (category: Category): MessageKey => `categories.${category}`;

export const isCategory = (value: unknown): value is Category =>
  typeof value === 'string' && (CATEGORIES as readonly string[]).includes(value);
