import type { Message } from '../types.ts';
import type { draftingEn } from './drafting.en.ts';

/** French strings of the drafting feature: must hold every key of drafting.en.ts (type-checked). */
export const draftingFr: { readonly [K in keyof typeof draftingEn]: (typeof draftingEn)[K] extends string ? string : Message } = {};
