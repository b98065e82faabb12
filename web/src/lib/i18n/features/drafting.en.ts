import type { Message } from '../types.ts';

/** English strings of the drafting feature, merged into en.ts. Add keys here first, then to drafting.fr.ts. */
export const draftingEn = {} as const satisfies Readonly<Record<string, Message>>;
