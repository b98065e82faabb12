/**
 * A conflicting value as the editor would show it: option labels instead of codes, dates in words,
 * entity names instead of ids, file names, field labels for confidential fields. Falls back to the
 * plain rendering for fields the editor does not describe (a submission's own fields).
 */
import { formFieldsOf, type Attachment, type Category } from '@clearinghouse/shared';
import { displayValue } from '$lib/format/display-value.ts';
import { fieldLabel } from '$lib/format/labels.ts';
import { LANGUAGE_NAMES, t } from '$lib/i18n/index.ts';

export function conflictValueText(
  category: Category | null,
  field: string,
  value: unknown,
  empty: string,
  entityNameOf: (id: string) => string,
): string {
  if (value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) return empty;
  if (field === 'confidentialFields' && Array.isArray(value)) return value.map((f) => fieldLabel(String(f))).join(', ');
  if (field === 'attachments' && Array.isArray(value)) return (value as Attachment[]).map((a) => a.name).join(', ');
  if (field === 'confidential' && typeof value === 'boolean') return t(value ? 'form.yes' : 'form.no');
  if (field === 'language' && typeof value === 'string' && value in LANGUAGE_NAMES)
    return LANGUAGE_NAMES[value as keyof typeof LANGUAGE_NAMES];
  const descriptor = category ? formFieldsOf(category).find((d) => d.name === field) : undefined;
  return displayValue(descriptor, value, entityNameOf, { empty }) || empty;
}
