import type { FieldDescriptor } from '@clearinghouse/shared';
import { formalDate } from '$lib/i18n/format.ts';
import { formatDate, i18n, t, type MessageKey } from '$lib/i18n/index.ts';

export interface DisplayOptions {
  /** On paper a date is written as the language writes it in documents ("1er février 2026"). */
  formal?: boolean;
  /** What an empty value reads as: nothing in a preview, a word ("empty") where a change is shown. */
  empty?: string;
}

/**
 * A field's value as a person reads it (preview, print, review, a conflict or a refused change). With
 * the field's descriptor: option labels, entity names, yes/no, dates in words. Without one (a field the
 * forms do not describe): text as it is, anything else as JSON.
 */
export function displayValue(
  descriptor: FieldDescriptor | undefined,
  value: unknown,
  entityNameOf: (id: string) => string = (id) => id,
  { formal = false, empty = '' }: DisplayOptions = {},
): string {
  if (value === null || value === undefined || value === '') return empty;
  if (Array.isArray(value)) {
    if (value.length === 0) return empty;
    if (descriptor?.kind === 'enumList') return value.map((v) => t(`option.${v}` as MessageKey)).join(', ');
    if (descriptor?.kind === 'entityList') return value.map((v) => entityNameOf(String(v))).join(', ');
    return value.map(plain).join(', ');
  }
  switch (descriptor?.kind) {
    case 'enum':
      return t(`option.${String(value)}` as MessageKey);
    case 'boolean':
      return value ? t('form.yes') : t('form.no');
    case 'date':
      return formal ? formalDate(i18n.locale, String(value)) : formatDate(String(value), { dateStyle: 'long' });
    default:
      return plain(value);
  }
}

const plain = (value: unknown): string =>
  typeof value === 'string' ? value : typeof value === 'object' && value !== null ? JSON.stringify(value) : String(value);
