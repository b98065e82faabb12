/** Labels of fields and values as a person reads them, shared by the forms, sync, review and the public pages. */
import { hasMessage, t } from '$lib/i18n/index.ts';

/** The message under `key` when the app has one, else `fallback` (a value nobody has labelled yet). */
export const labelOr = (key: string, fallback: string): string => (hasMessage(key) ? t(key) : fallback);

/** Labels shared with the drafting forms: `field.<name>` and `option.<value>`. */
export const fieldLabel = (name: string) => labelOr(`field.${name}`, name);
export const optionLabel = (value: string) => labelOr(`option.${value}`, value.replaceAll('_', ' '));
