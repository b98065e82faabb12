/** Why the server refused something, in the user's language when the app knows the code. */
import { en } from '$lib/i18n/en.ts';
import { t, type MessageKey } from '$lib/i18n/index.ts';

export function reasonText(error: { code: string; message: string } | undefined): string {
  if (!error) return '';
  const key = `sync.reasons.${error.code}`;
  return Object.hasOwn(en, key) ? t(key as MessageKey) : error.message;
}
