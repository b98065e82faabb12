import { describe, expect, it } from 'vitest';
import { findDuplicateEvent, withoutDuplicateEvents } from './treaty-duplicates.ts';

const event = (id: string, type: string, date: string | null, asOf: string | null = null) => ({
  id,
  entityId: 'KEN',
  treaty: 'rome_statute',
  type,
  date,
  asOf,
});

describe('duplicate treaty events', () => {
  const recorded = [
    event('a', 'ratification', '2005-03-15'),
    event('b', 'signature', '1999-08-11'),
    event('c', 'accession', null, '2010-01-01'),
  ];

  it('finds the event a new one would repeat, but not the event itself', () => {
    expect(findDuplicateEvent(event('new', 'ratification', '2005-03-15'), recorded)?.id).toBe('a');
    expect(findDuplicateEvent(event('a', 'ratification', '2005-03-15'), recorded)).toBeUndefined();
    expect(findDuplicateEvent(event('new', 'ratification', '2005-03-16'), recorded)).toBeUndefined();
    expect(findDuplicateEvent({ ...event('new', 'ratification', '2005-03-15'), treaty: 'apic' }, recorded)).toBeUndefined();
    expect(findDuplicateEvent(event('new', 'accession', null, '2010-01-01'), recorded)?.id).toBe('c');
    expect(findDuplicateEvent(event('new', 'accession', null, '2011-01-01'), recorded)).toBeUndefined();
  });

  it('leaves repetitions out, keeping the first', () => {
    const thrice = [recorded[0]!, event('a2', 'ratification', '2005-03-15'), recorded[1]!, event('a3', 'ratification', '2005-03-15')];
    expect(withoutDuplicateEvents(thrice).map((e) => e.id)).toEqual(['a', 'b']);
  });
});
