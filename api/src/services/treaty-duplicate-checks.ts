import { findDuplicateEvent, treatyEventKey, type TreatyEventFacts } from '@clearinghouse/shared';
import { HttpError } from '../http/http-error.ts';

/** 409 when `event` repeats one already recorded: the same fact entered twice is an error. */
export function refuseDuplicateEvent(event: TreatyEventFacts, recorded: readonly TreatyEventFacts[]): void {
  const twin = findDuplicateEvent(event, recorded);
  if (!twin) return;
  const when = event.date ?? `undated, known by ${event.asOf ?? '?'}`;
  throw new HttpError(
    409,
    'already-exists',
    `This event is already recorded: ${event.entityId}, ${event.treaty}, ${event.type.replace(/_/g, ' ')}, ${when}. Correct that record instead of adding it again.`,
  );
}

/**
 * The lines of a valid import (every row parsed, so row i is on line i + 2) that repeat an event
 * already recorded or an earlier line of the same file.
 */
export function repeatedImportLines(
  rows: readonly TreatyEventFacts[],
  recorded: readonly TreatyEventFacts[],
): { line: number; message: string }[] {
  const known = new Set(recorded.map(treatyEventKey));
  const firstLine = new Map<string, number>();
  const errors: { line: number; message: string }[] = [];
  rows.forEach((row, i) => {
    const line = i + 2;
    const key = treatyEventKey(row);
    if (known.has(key)) errors.push({ line, message: 'This event is already recorded (same State, treaty, kind and date).' });
    else if (firstLine.has(key)) errors.push({ line, message: `This line repeats line ${firstLine.get(key)}.` });
    else firstLine.set(key, line);
  });
  return errors;
}
