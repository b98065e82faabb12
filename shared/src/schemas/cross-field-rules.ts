/**
 * Rules that tie two fields of one element together (a single field's schema cannot see the other).
 * Both sides apply them: the editor shows them while drafting and before transmission, the server
 * refuses a transmission that breaks one. A draft may break them for a while (it is work in progress);
 * a transmitted submission may not.
 */
import type { FieldError } from '../errors.ts';
import { isIsoDate } from '../iso-date.ts';
import type { Category } from './category-fields.ts';
import { checkTransmittable, type TransmitProblem } from './submission.ts';
import type { Item } from './item.ts';

/** Pairs of dates where the second may not come before the first. */
export const DATE_ORDER_RULES: readonly { category: Category; from: string; to: string }[] = [
  { category: 'strategy', from: 'periodStart', to: 'periodEnd' },
  { category: 'assistance', from: 'periodStart', to: 'periodEnd' },
  { category: 'event', from: 'startDate', to: 'endDate' },
  { category: 'legislation', from: 'adoptionDate', to: 'entryIntoForceDate' },
  { category: 'agreement', from: 'signatureDate', to: 'entryIntoForceDate' },
  { category: 'apic', from: 'signatureDate', to: 'ratificationDate' },
];

export interface CrossFieldProblem extends FieldError {
  /** The rule broken, for the editor's own wording: `date-order` names `otherField` as the earlier date. */
  rule: 'date-order' | 'resolved-date-without-resolution';
  otherField: string;
}

type Fields = Record<string, unknown>;

/** What is wrong with an element as a whole; [] when nothing is. Fields with no answer break no rule. */
export const checkCrossFieldRules = (item: Pick<Item, 'category'> & Fields): CrossFieldProblem[] => {
  const problems: CrossFieldProblem[] = [];
  for (const rule of DATE_ORDER_RULES) {
    if (rule.category !== item.category) continue;
    const from = item[rule.from];
    const to = item[rule.to];
    if (isIsoDate(from) && isIsoDate(to) && to < from) {
      problems.push({
        field: rule.to,
        otherField: rule.from,
        rule: 'date-order',
        code: 'date-order',
        message: `${rule.to} (${to}) is before ${rule.from} (${from}): the end cannot come before the start.`,
      });
    }
  }
  if (item.category === 'obstacle' && item.status === 'open' && isIsoDate(item.resolvedOn)) {
    problems.push({
      field: 'resolvedOn',
      otherField: 'status',
      rule: 'resolved-date-without-resolution',
      code: 'resolved-date-without-resolution',
      message: 'resolvedOn is set while the obstacle is still open: mark it resolved or remove the date.',
    });
  }
  return problems;
};

export interface ReadinessProblem extends TransmitProblem {
  rule: 'title-required' | CrossFieldProblem['rule'];
}

/** Everything that stops a transmission: a missing title, or a broken cross-field rule, per element. */
export const checkReadyToTransmit = (
  submission: Pick<Item, 'id'>,
  items: readonly (Pick<Item, 'id' | 'submissionId' | 'category' | 'title'> & Fields)[],
): ReadinessProblem[] => [
  ...checkTransmittable(submission, items).map((p) => ({ ...p, rule: 'title-required' as const })),
  ...items
    .filter((item) => item.submissionId === submission.id)
    .flatMap((item) =>
      checkCrossFieldRules(item).map(({ field, code, message, rule }) => ({
        itemId: item.id,
        category: item.category,
        field,
        code,
        message,
        rule,
      })),
    ),
];
