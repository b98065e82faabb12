import { isOneOf } from './one-of.ts';

/** Who a signed-in user is. Focal points belong to one reporting entity; the others do not. */
export const ROLES = ['focal_point', 'secretariat', 'bureau'] as const;
export type Role = (typeof ROLES)[number];

export const isRole = isOneOf(ROLES);
