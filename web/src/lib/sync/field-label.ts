/** A field's label: drafting's `field.<name>` message when there is one, else the field's name. */
import { hasMessage, t } from '$lib/i18n/index.ts';

export function fieldLabel(field: string): string {
  const key = `field.${field}`;
  return hasMessage(key) ? t(key) : field;
}

/** A value as a person reads it; empty values are said, not left blank. */
export function displayValue(value: unknown, empty: string): string {
  if (value === null || value === undefined || value === '') return empty;
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.length ? value.map((v) => (typeof v === 'string' ? v : JSON.stringify(v))).join(', ') : empty;
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}
