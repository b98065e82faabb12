/**
 * Form text ⇄ field value for each descriptor kind. Empty means "no answer" (null); lists are typed as
 * one value per line (or comma-separated article numbers) and kept unique, as the schema requires.
 */
import type { FieldKind } from '@clearinghouse/shared';

const unique = (values: string[]) => [...new Set(values)];

export function fromText(kind: FieldKind, text: string): unknown {
  switch (kind) {
    case 'stringList':
      return unique(
        text
          .split('\n')
          .map((s) => s.trim())
          .filter(Boolean),
      );
    case 'articles':
      return unique(
        text
          .replace(/\s*[-–—]\s*/g, '-') // "86 – 102" is the range 86-102
          .split(/[\s,;]+/)
          .map((s) => s.trim().toLowerCase())
          .filter(Boolean),
      );
    case 'longtext':
      return text === '' ? null : text; // kept as typed: leading spaces and blank lines may matter
    default:
      return text.trim() === '' ? null : text.trim();
  }
}

export function toText(kind: FieldKind, value: unknown): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.join(kind === 'articles' ? ', ' : '\n');
  return String(value);
}

/** Whether the form text already says what the stored value says (then storage must not overwrite it). */
export function sameValue(kind: FieldKind, text: string, value: unknown): boolean {
  const typed = fromText(kind, text);
  const stored = value === undefined ? (kind === 'stringList' || kind === 'articles' ? [] : null) : value;
  if (Array.isArray(typed) && Array.isArray(stored)) return typed.length === stored.length && typed.every((v, i) => v === stored[i]);
  if (Array.isArray(typed) && stored === null) return typed.length === 0;
  return typed === stored;
}

export const INPUT_TYPES: Partial<Record<FieldKind, string>> = { text: 'text', url: 'url', email: 'email', phone: 'tel', date: 'date' };
