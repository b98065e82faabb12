import { treatyEventSchema, uuidv7, type TreatyEvent } from '@clearinghouse/shared';
import { parse } from 'csv-parse/sync';
import * as v from 'valibot';
import { treatyRowMessage } from './treaty-import-messages.ts';

export const TREATY_CSV_COLUMNS = ['entity_id', 'treaty', 'type', 'date', 'as_of', 'source'] as const;

export interface ImportOutcome {
  rows: TreatyEvent[];
  errors: { line: number; message: string }[];
}

/**
 * Reads a CSV of treaty events (header: entity_id,treaty,type,date,as_of,source; empty date = unknown)
 * and validates every row, reporting each problem with its line number. The caller applies all rows or
 * none: a half-applied import would leave the records in a state nobody entered.
 */
export function parseTreatyCsv(csv: string, knownEntities: ReadonlySet<string>): ImportOutcome {
  let records: Record<string, string>[];
  try {
    records = parse(csv, {
      columns: (header: string[]) => header.map((h) => h.trim().toLowerCase()),
      skip_empty_lines: true,
      trim: true,
      bom: true,
    });
  } catch (e) {
    return { rows: [], errors: [{ line: 1, message: `The file is not valid CSV: ${(e as Error).message}` }] };
  }
  const header = records.length ? Object.keys(records[0]!) : [];
  const missing = TREATY_CSV_COLUMNS.filter((c) => c !== 'source' && c !== 'as_of' && !header.includes(c));
  if (records.length && missing.length) return { rows: [], errors: [{ line: 1, message: `Missing columns: ${missing.join(', ')}.` }] };
  const rows: TreatyEvent[] = [];
  const errors: ImportOutcome['errors'] = [];
  records.forEach((r, i) => {
    const line = i + 2; // line 1 is the header
    const candidate = {
      id: uuidv7(),
      entityId: r.entity_id ?? '',
      treaty: r.treaty,
      type: r.type,
      date: r.date || null,
      asOf: r.as_of || null,
      source: r.source || null,
    };
    const result = v.safeParse(treatyEventSchema, candidate);
    // An unknown code is named on its line even when the line has other problems too.
    const unknownEntity = candidate.entityId !== '' && !knownEntities.has(candidate.entityId);
    if (!result.success || unknownEntity) {
      const issues = result.success ? [] : result.issues.map((issue) => ({ field: v.getDotPath(issue), message: issue.message }));
      errors.push({ line, message: treatyRowMessage(issues, candidate, unknownEntity) });
    } else rows.push(result.output);
  });
  if (!records.length) errors.push({ line: 1, message: 'The file has no rows.' });
  return { rows, errors };
}
