import { formatDate as formatDateIn, formatNumber as formatNumberIn } from './format.ts';
import { i18n } from './i18n.svelte.ts';

export { i18n, t, hasMessage, setLocale, initLocale, loadFeatures } from './i18n.svelte.ts';
export { featuresFor } from './route-features.ts';
export { LANGUAGES, LANGUAGE_NAMES, directionOf, isLanguage } from './languages.ts';
export type { MessageKey } from './types.ts';

/** Formats a date in the current language (an ISO date-only string stays on its calendar day). */
export const formatDate = (value: Date | string | number, options?: Intl.DateTimeFormatOptions): string =>
  formatDateIn(i18n.locale, value, options);

/** Formats a number in the current language. */
export const formatNumber = (value: number, options?: Intl.NumberFormatOptions): string => formatNumberIn(i18n.locale, value, options);
