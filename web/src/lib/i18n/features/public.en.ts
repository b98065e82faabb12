import type { Message } from '../types.ts';

/** English strings of the public feature, merged into en.ts. Add keys here first, then to public.fr.ts. */
export const publicEn = {} as const satisfies Readonly<Record<string, Message>>;
