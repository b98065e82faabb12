import type { FieldError } from '@clearinghouse/shared';
import { hasMessage, t } from '$lib/i18n/index.ts';
import { ApiError, NetworkError } from './errors.ts';

/**
 * A sentence for a person about `error`, in their language, chosen by the envelope's code. The
 * server's `message` is English for logs and scripts and is never shown; a code this app does not
 * know yet (a newer server) gets a general sentence naming it.
 */
export function errorMessage(error: unknown): string {
  if (error instanceof NetworkError) return t('errors.network');
  if (error instanceof ApiError && error.enveloped) {
    const key = `apiError.${error.code}`;
    return hasMessage(key) ? t(key) : t('apiError.unknown', { code: error.code });
  }
  return t('errors.unexpected');
}

/**
 * What is wrong with one field the server refused (`details[]`), chosen by its code, naming the field
 * with `label` (a page that shows an element's fields passes their labels).
 */
export function fieldErrorText(detail: FieldError, label: (name: string) => string = fieldName): string {
  const key = `fieldError.${detail.code}`;
  const name = (detail.field.split('.').pop() ?? '').replace(/\[\d+\]$/, '');
  return t(hasMessage(key) ? key : 'fieldError.invalid', { field: name ? label(name) : t('fieldName.record') });
}

/** Every field the server refused in `error`, worded as `fieldErrorText` does. */
export const fieldErrorTexts = (error: unknown): string[] =>
  error instanceof ApiError ? error.details.map((detail) => fieldErrorText(detail)) : [];

/** The core's name of a field outside an element (`email`, `entityId`…), else the field's own name. */
function fieldName(name: string): string {
  const key = `fieldName.${name}`;
  return hasMessage(key) ? t(key) : name;
}
