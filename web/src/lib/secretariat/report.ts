/**
 * The compilation report for the Assembly (paragraph 7(a)): PUBLISHED information only, by category in
 * the order of paragraph 6(h) ((i)–(viii), then the others), and within each by State or organisation;
 * the two-way assistance table; a statistical annex of responses by regional group. Pure: the page
 * fetches, this arranges, so the arrangement is tested without a browser.
 */
import { entityName } from '$lib/format/entity-name.ts';
import { CATEGORIES, type Category, type Cycle } from '@clearinghouse/shared';
import type { PublicElement, PublicEntity } from '@clearinghouse/shared';
import { ratesOf } from './tracking.ts';
import type { Rate, TrackingRow } from '@clearinghouse/shared';

export type ReportScope = { kind: 'cycle'; cycle: Cycle } | { kind: 'range'; from: string; to: string };

export interface AssistanceSide {
  id: string;
  title: string;
  entityId: string;
  submissionId: string;
  publishedAt: string;
  thematicAreas: string[];
}
export interface AssistanceCellView {
  provider: string | null;
  recipient: string | null;
  offers: AssistanceSide[];
  needs: AssistanceSide[];
}

export interface ReportSection {
  /** 1-based section number in the document; also the anchor. */
  number: number;
  category: Category;
  entities: { entityId: string; items: PublicElement[] }[];
}

export interface Report {
  sections: ReportSection[];
  assistance: AssistanceCellView[];
  annex: { groups: (Rate & { group: string })[]; total: Rate } | null;
  itemCount: number;
  entityCount: number;
}

export interface ReportInput {
  scope: ReportScope;
  items: readonly PublicElement[];
  entities: ReadonlyMap<string, PublicEntity>;
  assistance: readonly AssistanceCellView[];
  /** Tracking rows of the request (or of every request issued in the range). */
  tracking: readonly TrackingRow[];
}

const inRange = (at: string, from: string, to: string) => (!from || at.slice(0, 10) >= from) && (!to || at.slice(0, 10) <= to);

/** Which published elements belong to the report: the request's answers, or those published in the range. */
export function belongsTo(
  scope: ReportScope,
  tracking: readonly TrackingRow[],
): (e: { submissionId: string; publishedAt: string }) => boolean {
  if (scope.kind === 'range') return (e) => inRange(e.publishedAt, scope.from, scope.to);
  const answers = new Set(tracking.flatMap((r) => (r.submissionId ? [r.submissionId] : [])));
  return (e) => answers.has(e.submissionId);
}

export function compileReport(input: ReportInput): Report {
  const keep = belongsTo(input.scope, input.tracking);
  const items = input.items.filter(keep);
  // in English: the order of sections must not depend on the reader's language
  const nameOf = (id: string) => entityName(input.entities.get(id), id, 'en');
  let number = 0;
  const sections = CATEGORIES.flatMap((category) => {
    const ofCategory = items.filter((i) => i.category === category);
    if (ofCategory.length === 0) return [];
    const ids = [...new Set(ofCategory.map((i) => i.entityId))].sort((a, b) => nameOf(a).localeCompare(nameOf(b), 'en'));
    return [
      {
        number: ++number,
        category,
        entities: ids.map((entityId) => ({ entityId, items: ofCategory.filter((i) => i.entityId === entityId) })),
      },
    ];
  });
  const assistance = input.assistance
    .map((cell) => ({ ...cell, offers: cell.offers.filter(keep), needs: cell.needs.filter(keep) }))
    .filter((cell) => cell.offers.length + cell.needs.length > 0);
  return {
    sections,
    assistance,
    annex: input.tracking.length ? ratesOf(input.tracking) : null,
    itemCount: items.length,
    entityCount: new Set(items.map((i) => i.entityId)).size,
  };
}
