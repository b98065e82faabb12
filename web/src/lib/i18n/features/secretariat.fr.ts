import type { Message } from '../types.ts';
import type { secretariatEn } from './secretariat.en.ts';

/** French strings of the secretariat feature: must hold every key of secretariat.en.ts (type-checked). */
export const secretariatFr: { readonly [K in keyof typeof secretariatEn]: (typeof secretariatEn)[K] extends string ? string : Message } = {};
