import type { Message } from '../types.ts';
import type { publicEn } from './public.en.ts';

/** French strings of the public feature: must hold every key of public.en.ts (type-checked). */
export const publicFr: { readonly [K in keyof typeof publicEn]: (typeof publicEn)[K] extends string ? string : Message } = {};
