import { hasMessage, i18n, t } from '$lib/i18n/index.ts';
import { ApiError, NetworkError } from './errors.ts';

/**
 * A sentence for a person about `error`. The server's envelope message is English; in another
 * language the app's own translation of the error code is preferred when it has one.
 */
export function errorMessage(error: unknown): string {
  if (error instanceof NetworkError) return t('errors.network');
  if (error instanceof ApiError && error.enveloped) {
    const key = `errors.${error.code}`;
    if (i18n.locale !== 'en' && hasMessage(key)) return t(key);
    return error.message;
  }
  return t('errors.unexpected');
}
