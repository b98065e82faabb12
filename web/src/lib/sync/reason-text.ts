/** Why the server refused something, in the user's language when the app knows the code. */
import { hasMessage, t } from '$lib/i18n/index.ts';

export function reasonText(error: { code: string; message: string } | undefined): string {
  if (!error) return '';
  const key = `sync.reasons.${error.code}`;
  return hasMessage(key) ? t(key) : error.message;
}
