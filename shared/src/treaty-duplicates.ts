/**
 * One treaty event recorded twice (same State, treaty, kind and date) is a mistake, never two facts:
 * the server refuses the second, an import names the repeated line, and public pages never show a
 * repetition that older data may still hold. An undated event counts by its `asOf` date instead.
 */
export interface TreatyEventFacts {
  id?: string;
  entityId: string;
  treaty: string;
  type: string;
  date: string | null;
  asOf?: string | null;
}

export const treatyEventKey = (e: TreatyEventFacts): string =>
  [e.entityId, e.treaty, e.type, e.date ?? `undated ${e.asOf ?? ''}`].join('|');

/** The recorded event `candidate` would repeat (another id with the same facts), if any. */
export function findDuplicateEvent<T extends TreatyEventFacts>(candidate: TreatyEventFacts, recorded: readonly T[]): T | undefined {
  const key = treatyEventKey(candidate);
  return recorded.find((e) => e.id !== candidate.id && treatyEventKey(e) === key);
}

/** The events with every repetition left out (the first of each kept), in their order. */
export function withoutDuplicateEvents<T extends TreatyEventFacts>(events: readonly T[]): T[] {
  const seen = new Set<string>();
  return events.filter((e) => {
    const key = treatyEventKey(e);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
