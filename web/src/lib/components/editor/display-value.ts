import type { FieldDescriptor } from '@clearinghouse/shared';
import { formalDate } from '$lib/i18n/format.ts';
import { formatDate, i18n, t, type MessageKey } from '$lib/i18n/index.ts';

/**
 * A field's value as a person reads it (preview and print); '' when there is no answer. On paper
 * (`formal`) a date is written as the language writes it in documents ("1er février 2026"), whatever
 * the browser's region.
 */
export function displayValue(
  descriptor: FieldDescriptor,
  value: unknown,
  entityNameOf: (id: string) => string,
  { formal = false }: { formal?: boolean } = {},
): string {
  if (value === null || value === undefined || value === '') return '';
  if (Array.isArray(value)) {
    if (value.length === 0) return '';
    if (descriptor.kind === 'enumList') return value.map((v) => t(`option.${v}` as MessageKey)).join(', ');
    if (descriptor.kind === 'entityList') return value.map((v) => entityNameOf(String(v))).join(', ');
    return value.join(', ');
  }
  switch (descriptor.kind) {
    case 'enum':
      return t(`option.${String(value)}` as MessageKey);
    case 'boolean':
      return value ? t('form.yes') : t('form.no');
    case 'date':
      return formal ? formalDate(i18n.locale, String(value)) : formatDate(String(value), { dateStyle: 'long' });
    default:
      return String(value);
  }
}
