import {
  THEMATIC_AREAS,
  areaCodeOf,
  sameThematicArea,
  type AssistanceCell,
  type AssistanceElement,
  type AssistanceTable,
  type PublicExchange,
} from '@clearinghouse/shared';
import { neutralise } from '../../http/csv.ts';
import type { PublicItem } from './public-item.ts';

const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string' && x.trim() !== '') : []);
const orNull = (v: unknown) => (typeof v === 'string' ? v : null);

const toElement = (item: PublicItem): AssistanceElement | null => {
  if (item.role !== 'provider' && item.role !== 'recipient') return null; // no role: not placeable
  return {
    id: item.id,
    title: typeof item.title === 'string' ? item.title : '',
    entityId: item.entityId,
    role: item.role,
    status: orNull(item.status),
    thematicAreas: [...new Set(strings(item.thematicAreas).map(areaCodeOf))],
    thematicAreasOther: orNull(item.thematicAreasOther),
    forms: strings(item.forms),
    partnerEntityIds: [...new Set(strings(item.partnerEntityIds))],
    periodStart: orNull(item.periodStart),
    periodEnd: orNull(item.periodEnd),
    submissionId: item.submissionId,
    publishedAt: item.publishedAt,
  };
};

/** Entity ids in code order, the open (null) side after them. */
const nullsLast = (a: string | null, b: string | null) => (a === b ? 0 : a === null ? 1 : b === null ? -1 : a < b ? -1 : 1);

/**
 * The two-way table of annex II of the note verbale (the Bureau's recommendation in ICC-ASP/8/23,
 * endorsed by resolution ICC-ASP/8/Res.3, paragraph 7), from published `assistance` elements: a provider's element goes to the cell
 * of each partner it names (as an offer), a recipient's to the cell of each partner it names (as a
 * need). Filters narrow the elements; the lists of areas and statuses always describe everything.
 */
export function buildAssistanceTable(
  items: readonly PublicItem[],
  filter: { thematicArea?: string; status?: string } = {},
  recorded: readonly PublicExchange[] = [],
): AssistanceTable {
  const all = items.flatMap((i) => toElement(i) ?? []);
  // codes in the vocabulary's order; each client labels them in its reader's language
  const used = new Set(all.flatMap((e) => e.thematicAreas));
  const thematicAreas = THEMATIC_AREAS.filter((c) => used.has(c));
  const statuses = [...new Set([...all.flatMap((e) => (e.status ? [e.status] : [])), ...recorded.map((x) => x.status)])].sort();
  const chosen = all.filter(
    (e) =>
      (!filter.thematicArea || e.thematicAreas.some((a) => sameThematicArea(a, filter.thematicArea!))) &&
      (!filter.status || e.status === filter.status),
  );
  const cells = new Map<string, AssistanceCell>();
  const cellOf = (provider: string | null, recipient: string | null) => {
    const key = JSON.stringify([provider, recipient]);
    let cell = cells.get(key);
    if (!cell) cells.set(key, (cell = { provider, recipient, offers: [], needs: [], exchanges: [] }));
    return cell;
  };
  for (const e of chosen) {
    const others: (string | null)[] = e.partnerEntityIds.length ? e.partnerEntityIds : [null];
    for (const other of others) {
      if (e.role === 'provider') cellOf(e.entityId, other).offers.push(e);
      else cellOf(other, e.entityId).needs.push(e);
    }
  }
  for (const x of recorded) {
    if (filter.thematicArea && !sameThematicArea(x.thematicArea, filter.thematicArea)) continue;
    if (filter.status && x.status !== filter.status) continue;
    cellOf(x.providerEntityId, x.recipientEntityId).exchanges.push(x);
  }
  const list = [...cells.values()].sort((a, b) => nullsLast(a.provider, b.provider) || nullsLast(a.recipient, b.recipient));
  const side = (pick: (c: AssistanceCell) => string | null) =>
    [
      ...new Set(
        list.flatMap((c) => {
          const v = pick(c);
          return v ? [v] : [];
        }),
      ),
    ].sort();
  return {
    items: list,
    total: list.length,
    providers: side((c) => c.provider),
    recipients: side((c) => c.recipient),
    thematicAreas,
    statuses,
  };
}

export const ASSISTANCE_CSV_COLUMNS = [
  'provider_id',
  'recipient_id',
  'direction',
  'item_id',
  'title',
  'entity_id',
  'status',
  'thematic_areas',
  'thematic_areas_other',
  'forms',
  'period_start',
  'period_end',
  'submission_id',
  'published_at',
] as const;

/** One CSV row per element per cell (an element naming two partners appears in two cells). */
export const assistanceCsvRows = (table: AssistanceTable) =>
  table.items.flatMap((cell) => [
    ...[...cell.offers.map((e) => ['offer', e] as const), ...cell.needs.map((e) => ['need', e] as const)].map(([direction, e]) =>
      [
        cell.provider ?? '',
        cell.recipient ?? '',
        direction,
        e.id,
        e.title,
        e.entityId,
        e.status ?? '',
        e.thematicAreas.join('; '),
        e.thematicAreasOther ?? '',
        e.forms.join('; '),
        e.periodStart ?? '',
        e.periodEnd ?? '',
        e.submissionId,
        e.publishedAt,
      ].map(neutralise),
    ),
    ...cell.exchanges.map((x) =>
      [cell.provider ?? '', cell.recipient ?? '', 'exchange', x.id, '', '', x.status, x.thematicArea, '', '', '', '', '', x.updatedAt].map(
        neutralise,
      ),
    ),
  ]);
