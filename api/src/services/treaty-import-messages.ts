/**
 * The problems of one CSV line of treaty events in plain words, by the file's own column names: the
 * person fixing the file reads "the date is empty, so as_of must say…", not a schema's dot path.
 */
import { TREATIES, TREATY_EVENT_TYPES } from '@clearinghouse/shared';

export interface RowIssue {
  /** The schema field (entityId, treaty, type, date, asOf, source), or null for the row as a whole. */
  field: string | null;
  message: string;
}

export interface RowValues {
  entityId: string;
  treaty?: string;
  type?: string;
  date: string | null;
  asOf: string | null;
  source: string | null;
}

const COLUMN: Record<string, string> = { entityId: 'entity_id', asOf: 'as_of' };

function sentence(issue: RowIssue, row: RowValues): string {
  switch (issue.field) {
    case 'entityId':
      return row.entityId
        ? `entity_id "${row.entityId}" is not a valid code: use the State's three-letter ISO code (for example BEN) or an organisation's id.`
        : 'entity_id is empty: give the State’s three-letter ISO code (for example BEN).';
    case 'treaty':
      return `treaty "${row.treaty ?? ''}" is not known: write ${TREATIES.join(' or ')}.`;
    case 'type':
      return `type "${row.type ?? ''}" is not a kind of event: write one of ${TREATY_EVENT_TYPES.join(', ')}.`;
    case 'date':
      return `date "${row.date ?? ''}" is not a date: write it as YYYY-MM-DD (for example 2002-07-01), or leave it empty when unknown.`;
    case 'asOf':
      return row.asOf
        ? `as_of "${row.asOf}" is not a date: write it as YYYY-MM-DD.`
        : 'The date is empty, so as_of must say by when the event is known to have happened (YYYY-MM-DD).';
    case 'source':
      return 'source is too long (2,000 characters at most).';
    default:
      return `${issue.field ? (COLUMN[issue.field] ?? issue.field) + ' ' : ''}${issue.message}`;
  }
}

/** One message for the line: each problem once, the unknown entity among them when there is one. */
export function treatyRowMessage(issues: readonly RowIssue[], row: RowValues, unknownEntity: boolean): string {
  const parts = new Set(issues.map((issue) => sentence(issue, row)));
  if (unknownEntity && !issues.some((i) => i.field === 'entityId')) {
    parts.add(`entity_id "${row.entityId}" is not a known State or organisation code.`);
  }
  return [...parts].join(' ');
}
