import { CATEGORIES, fieldsOf } from '@clearinghouse/shared';
import type { EntityRecord } from '../../db/repositories/entities.ts';
import { neutralise } from '../../http/csv.ts';
import type { PublicItem } from './public-item.ts';

const snake = (name: string) => name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/** Columns every row has, whatever its category (docs/open-data.md lists them: keep in step). */
export const CORE_COLUMNS = [
  'id',
  'category',
  'title',
  'description',
  'entity_id',
  'entity_name_en',
  'entity_name_fr',
  'entity_kind',
  'regional_group',
  'submission_id',
  'submission_title',
  'published_at',
  'attachments',
] as const;

/**
 * The field columns of the first published format, in their order: scripts read columns by position,
 * so these stay first and in place even when a form gains fields between them.
 */
const FIRST_FIELD_COLUMNS = `kind stage status articlesConcerned measuresTaken assistanceNeeded resolvedOn scope periodStart
  periodEnd responsibleBody participatingEntityIds objectives documentUrl role thematicAreas forms partnerEntityIds languages
  needsAssessment startDate endDate place organisers audience url legislationType date citation articlesCovered agreementType
  problem solution personName jobTitle institution email phone address signatureDate ratificationDate implementationNotes
  relatedObstacle lessons court decisionDate caseReference outcome`.split(/\s+/);

/**
 * Then one column per category field, named from the shared descriptors (periodStart → period_start),
 * each once: a field shared by several categories (status, date, url) is one column. Fields added since
 * the first format follow in category order, derived from the descriptors, so a new field gets its column
 * without a second list to maintain. A field no form asks any more (`date` of a law) keeps its column,
 * empty for new answers, so the columns after it do not move.
 */
export const FIELD_COLUMNS: readonly string[] = [
  ...new Set([...FIRST_FIELD_COLUMNS, ...CATEGORIES.flatMap((c) => fieldsOf(c).map((d) => d.name))]),
];
export const EXPORT_COLUMNS: readonly string[] = [...CORE_COLUMNS, ...FIELD_COLUMNS.map(snake)];

const cell = (value: unknown): string => {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.map(cell).join('; ');
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
};

export type ExportRow = Record<string, string>;

export interface ExportContext {
  entities: ReadonlyMap<string, EntityRecord>;
  submissionTitles: ReadonlyMap<string, string>;
}

/** One flat row of strings per element: the shape of both export.csv and export.json. */
export function toExportRow(item: PublicItem, ctx: ExportContext): ExportRow {
  const entity = ctx.entities.get(item.entityId);
  const attachments = Array.isArray(item.attachments)
    ? item.attachments.map((a) => (a && typeof a === 'object' && 'name' in a ? String(a.name) : ''))
    : [];
  const core: Record<(typeof CORE_COLUMNS)[number], unknown> = {
    id: item.id,
    category: item.category,
    title: item.title,
    description: item.description,
    entity_id: item.entityId,
    entity_name_en: entity?.names.en,
    entity_name_fr: entity?.names.fr,
    entity_kind: entity?.kind,
    regional_group: entity?.regionalGroup,
    submission_id: item.submissionId,
    submission_title: ctx.submissionTitles.get(item.submissionId),
    published_at: item.publishedAt,
    attachments,
  };
  const row: ExportRow = {};
  for (const [k, v] of Object.entries(core)) row[k] = neutralise(cell(v));
  for (const field of FIELD_COLUMNS) row[snake(field)] = neutralise(cell(item[field]));
  return row;
}
