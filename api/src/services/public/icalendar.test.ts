import { describe, expect, it } from 'vitest';
import { toICalendar, type CalendarEvent } from './icalendar.ts';

/** Unfolds the feed (RFC 5545 3.1) into its logical content lines. */
const contentLines = (feed: string) => feed.replace(/\r\n /g, '').split('\r\n').slice(0, -1);

describe('toICalendar', () => {
  // Values as they may sit in the database from before the schemas refused control characters.
  const hostile: CalendarEvent = {
    uid: 'e1@clearinghouse',
    startDate: '2026-12-01',
    endDate: '2026-12-02',
    summary: 'Seminar\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nSUMMARY:injected',
    description: 'Text\u0000 with a NUL\u0007 and a bell',
    location: 'The Hague\rATTACH:https://evil.example/a',
    url: 'https://example.org/x\r\nATTACH:https://evil.example/payload',
    categories: ['event\nX-EVIL:1'],
    stamp: '2026-11-28T10:00:00.000Z',
  };

  it('lets no value start a property, an event or a line of its own', () => {
    const feed = toICalendar([hostile], { name: 'Events', description: 'Public events' });
    expect(feed).not.toMatch(/\r(?!\n)|(?<!\r)\n/); // only CRLF line ends
    const lines = contentLines(feed);
    const names = lines.map((l) => /^[A-Z-]+/.exec(l)?.[0]);
    expect(names.filter((n) => n === 'BEGIN' || n === 'END')).toEqual(['BEGIN', 'BEGIN', 'END', 'END']);
    expect(names).not.toContain('ATTACH');
    expect(names).not.toContain('X-EVIL');
    expect(lines).toContain('URL:https://example.org/xATTACH:https://evil.example/payload');
    expect(feed.includes('\u0000') || feed.includes('\u0007')).toBe(false);
    expect(lines.find((l) => l.startsWith('DESCRIPTION:'))).toBe('DESCRIPTION:Text with a NUL and a bell');
  });

  it('folds every line at 75 octets, multi-byte characters whole', () => {
    const feed = toICalendar([{ ...hostile, summary: 'Séminaire régional '.repeat(20), url: null }], { name: 'E', description: 'D' });
    for (const line of feed.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(contentLines(feed).find((l) => l.startsWith('SUMMARY:'))).toBe(`SUMMARY:${'Séminaire régional '.repeat(20)}`);
  });
});
