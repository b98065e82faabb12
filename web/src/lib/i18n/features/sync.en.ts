import type { Message } from '../types.ts';

/** English strings of the sync feature, merged into en.ts. Add keys here first, then to sync.fr.ts. */
export const syncEn = {} as const satisfies Readonly<Record<string, Message>>;
