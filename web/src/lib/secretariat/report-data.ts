/**
 * What the compilation report is made of, fetched from the PUBLIC API (what the Assembly may read is
 * exactly what is published) plus the request's tracking for the statistical annex.
 */
import type { Cycle } from '@clearinghouse/shared';
import { api } from '$lib/api/client.ts';
import type { PublicElement, PublicEntity } from '@clearinghouse/shared';
import { compileReport, type AssistanceCellView, type Report, type ReportScope } from './report.ts';
import { cyclesApi } from './secretariat-api.ts';
import type { TrackingRow } from '@clearinghouse/shared';

const PAGE = 100; // the public API's largest page

async function allPublishedItems(): Promise<PublicElement[]> {
  const items: PublicElement[] = [];
  for (let offset = 0; ; offset += PAGE) {
    const page = await api.get<{ items: PublicElement[]; total: number }>('/api/public/items', { query: { limit: PAGE, offset } });
    items.push(...page.items);
    if (page.items.length < PAGE || items.length >= page.total) return items;
  }
}

/** The trackings the annex counts: the request's, or every request issued within the range. */
async function trackingRows(scope: ReportScope, cycles: readonly Cycle[]): Promise<TrackingRow[]> {
  const chosen =
    scope.kind === 'cycle'
      ? [scope.cycle]
      : cycles.filter((c) => (!scope.from || c.issuedOn >= scope.from) && (!scope.to || c.issuedOn <= scope.to));
  const trackings = await Promise.all(chosen.map((c) => cyclesApi.tracking(c.id)));
  return trackings.flatMap((t) => t.rows);
}

export interface LoadedReport {
  report: Report;
  entities: Map<string, PublicEntity>;
  generatedAt: string;
}

export async function loadReport(scope: ReportScope, cycles: readonly Cycle[]): Promise<LoadedReport> {
  const [entityList, items, assistance, tracking] = await Promise.all([
    api.get<{ items: PublicEntity[] }>('/api/public/entities'),
    allPublishedItems(),
    api.get<{ items: AssistanceCellView[] }>('/api/public/assistance-table'),
    trackingRows(scope, cycles),
  ]);
  const entities = new Map(entityList.items.map((e) => [e.id, e]));
  return {
    report: compileReport({ scope, items, entities, assistance: assistance.items, tracking }),
    entities,
    generatedAt: new Date().toISOString(),
  };
}

/** The report as a JSON file to download: the same arrangement the page prints. */
export function reportJson(scope: ReportScope, loaded: LoadedReport): Blob {
  const body = { scope, generatedAt: loaded.generatedAt, ...loaded.report };
  return new Blob([JSON.stringify(body, null, 2)], { type: 'application/json' });
}
