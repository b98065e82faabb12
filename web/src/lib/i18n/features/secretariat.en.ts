import type { Message } from '../types.ts';

/** English strings of the secretariat feature, merged into en.ts. Add keys here first, then to secretariat.fr.ts. */
export const secretariatEn = {} as const satisfies Readonly<Record<string, Message>>;
