import type { Category } from '@clearinghouse/shared';
import type { MessageKey } from '$lib/i18n/index.ts';

/** The categories of information (6(h) i–viii, 6(c), annex II) and their test live in @clearinghouse/shared. */
export { CATEGORIES, isCategory, type Category } from '@clearinghouse/shared';

export const categoryLabel = (category: Category): MessageKey => `categories.${category}`;
