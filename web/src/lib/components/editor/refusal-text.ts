import type { FieldDescriptor } from '@clearinghouse/shared';
import { t, type MessageKey } from '$lib/i18n/index.ts';

/**
 * What to write instead, in plain words, for a value the schema refused. The schema's own message names
 * paths such as "articlesCovered[4]": right for the API's `details`, meaningless to the person typing.
 */
export function refusalText(descriptor: FieldDescriptor): string {
  if (descriptor.kind === 'articles') return t(descriptor.ranges ? 'form.refused.articleRanges' : 'form.refused.articles');
  const key = `form.refused.${descriptor.kind}` as MessageKey;
  return t(['url', 'email', 'phone', 'date', 'text', 'longtext', 'stringList'].includes(descriptor.kind) ? key : 'form.refused.other');
}
