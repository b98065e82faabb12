import type { Message } from '../types.ts';
import type { syncEn } from './sync.en.ts';

/** French strings of the sync feature: must hold every key of sync.en.ts (type-checked). */
export const syncFr: { readonly [K in keyof typeof syncEn]: (typeof syncEn)[K] extends string ? string : Message } = {};
