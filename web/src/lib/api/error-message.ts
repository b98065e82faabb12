import { en } from '$lib/i18n/en.ts';
import { i18n, t, type MessageKey } from '$lib/i18n/index.ts';
import { ApiError, NetworkError } from './errors.ts';

const isMessageKey = (key: string): key is MessageKey => Object.hasOwn(en, key);

/**
 * A sentence for a person about `error`. The server's envelope message is English; in another
 * language the app's own translation of the error code is preferred when it has one.
 */
export function errorMessage(error: unknown): string {
  if (error instanceof NetworkError) return t('errors.network');
  if (error instanceof ApiError && error.enveloped) {
    const key = `errors.${error.code}`;
    if (i18n.locale !== 'en' && isMessageKey(key)) return t(key);
    return error.message;
  }
  return t('errors.unexpected');
}
