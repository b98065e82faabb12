import type { Db } from '../../db/connection.ts';
import { publicReadsRepo } from '../../db/repositories/public-reads.ts';
import type { CalendarEvent } from './icalendar.ts';
import { toPublicItems, type PublicItem } from './public-item.ts';

export interface EventsQuery {
  from?: string;
  to?: string;
  entity?: string;
  kind?: string;
}

const str = (v: unknown) => (typeof v === 'string' && v !== '' ? v : null);
const lastDay = (e: PublicItem) => str(e.endDate) ?? str(e.startDate);

/** Dated events first, by start date; undated ones after, by title (they still belong in the list). */
const byDate = (a: PublicItem, b: PublicItem) => {
  const sa = str(a.startDate) ?? '9999';
  const sb = str(b.startDate) ?? '9999';
  return (sa < sb ? -1 : sa > sb ? 1 : 0) || String(a.title ?? '').localeCompare(String(b.title ?? '')) || a.id.localeCompare(b.id);
};

/** Published `event` elements. `from`/`to` keep events that overlap the range (undated ones drop out). */
export function publicEventsService(db: Db) {
  const reads = publicReadsRepo(db);
  return {
    async list(query: EventsQuery = {}): Promise<PublicItem[]> {
      const items = toPublicItems(await reads.itemsOfCategory('event'));
      return items
        .filter((e) => !query.entity || e.entityId === query.entity)
        .filter((e) => !query.kind || e.kind === query.kind)
        .filter((e) => !query.from || (lastDay(e) ?? '') >= query.from)
        .filter((e) => !query.to || (str(e.startDate) ?? '~') <= query.to)
        .sort(byDate);
    },
  };
}

/** The events a calendar can show: those with a start date. `entityName` labels the organiser. */
export function toCalendarEvents(items: readonly PublicItem[], entityName: (id: string) => string): CalendarEvent[] {
  return items.flatMap((e) => {
    const startDate = str(e.startDate);
    if (!startDate) return [];
    const organisers = Array.isArray(e.organisers) ? e.organisers.filter((o): o is string => typeof o === 'string') : [];
    const description = [str(e.description), `${entityName(e.entityId)}${organisers.length ? ` · ${organisers.join(', ')}` : ''}`]
      .filter(Boolean)
      .join('\n\n');
    const url = str(e.url);
    return [
      {
        uid: `${e.id}@clearinghouse.icc-asp`,
        startDate,
        endDate: str(e.endDate),
        summary: str(e.title) ?? '',
        description,
        location: str(e.place),
        url: url && /^https?:\/\//i.test(url) ? url : null,
        categories: str(e.kind) ? [String(e.kind)] : [],
        stamp: e.publishedAt,
      },
    ];
  });
}
