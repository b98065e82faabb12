/** Why the server refused something, in the user's language when the app knows the code. */
import { hasMessage, t } from '$lib/i18n/index.ts';

/** Sync's own wording for a refused change when it has one, else the general one for the code. */
export function reasonText(error: { code: string; message: string } | undefined): string {
  if (!error) return '';
  for (const key of [`sync.reasons.${error.code}`, `apiError.${error.code}`]) if (hasMessage(key)) return t(key);
  return t('apiError.unknown', { code: error.code });
}
