import { hasMessage, i18n, t } from '$lib/i18n/index.ts';
import type { PublicEntity } from '@clearinghouse/shared';

/** The message under `key` when the app has one, else `fallback` (a value nobody has labelled yet). */
export const labelOr = (key: string, fallback: string): string => (hasMessage(key) ? t(key) : fallback);

/** Labels shared with the drafting forms: `field.<name>` and `option.<value>`. */
export const fieldLabel = (name: string) => labelOr(`field.${name}`, name);
export const optionLabel = (value: string) => labelOr(`option.${value}`, value.replaceAll('_', ' '));
export const regionLabel = (group: string | null) => labelOr(`public.region.${group ?? 'none'}`, group ?? '');
export const kindLabel = (kind: string) => labelOr(`public.entityKind.${kind}`, kind);
export const treatyStatusLabel = (status: string) => labelOr(`public.treatyStatus.${status}`, status);
export const treatyEventLabel = (type: string) => labelOr(`public.treatyEvent.${type}`, type);

/** An entity's name in the reader's language, else English, else its id. */
export const entityName = (entity: PublicEntity | undefined, fallbackId = ''): string =>
  entity ? (entity.names[i18n.locale] ?? entity.names.en) : fallbackId;
