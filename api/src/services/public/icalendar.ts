/**
 * RFC 5545 serialisation of the public events: CRLF line ends, lines folded at 75 octets (never inside
 * a UTF-8 sequence), TEXT values escaped, all-day dates as DTSTART;VALUE=DATE with an exclusive DTEND.
 * No value can start a line of its own: line breaks in text become `\n`, other control characters are
 * dropped, and a URI loses every control character and space (the schemas refuse them at the door;
 * this holds for whatever was stored before they did).
 */
export interface CalendarEvent {
  uid: string;
  /** yyyy-mm-dd */
  startDate: string;
  endDate: string | null;
  summary: string;
  description: string | null;
  location: string | null;
  url: string | null;
  categories: string[];
  /** ISO timestamp: DTSTAMP and LAST-MODIFIED (the publication). */
  stamp: string;
}

// Tab is allowed in TEXT (RFC 5545 3.3.11); line breaks are escaped before this runs.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const TEXT_CONTROL = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029]/g;

export const escapeText = (value: string): string =>
  value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n')
    .replace(TEXT_CONTROL, '');

/** A URI value is not escaped (RFC 5545 3.3.13): whatever could break the line is removed instead. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
export const cleanUri = (value: string): string => value.replace(/[\u0000-\u0020\u007f-\u009f\u2028\u2029]/g, '');

const encoder = new TextEncoder();

/** Splits a content line into 75-octet pieces; continuation lines start with one space (RFC 5545 3.1). */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let size = 0;
  for (const ch of line) {
    const bytes = encoder.encode(ch).length;
    const limit = parts.length === 0 ? 75 : 74; // the leading space of a continuation counts
    if (size + bytes > limit) {
      parts.push(current);
      current = '';
      size = 0;
    }
    current += ch;
    size += bytes;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

const compactDate = (isoDate: string) => isoDate.replaceAll('-', '');
const dayAfter = (isoDate: string) => {
  const d = new Date(`${isoDate}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
};
const utcStamp = (iso: string) =>
  new Date(iso)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');

/** Long narratives would bloat every subscriber's calendar: the feed carries the start of the text. */
const DESCRIPTION_MAX = 2000;

export function toICalendar(events: readonly CalendarEvent[], meta: { name: string; description: string }): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Secretariat of the Assembly of States Parties//Plan of Action clearinghouse//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(meta.name)}`,
    `X-WR-CALDESC:${escapeText(meta.description)}`,
    'REFRESH-INTERVAL;VALUE=DURATION:PT12H',
    'X-PUBLISHED-TTL:PT12H',
  ];
  for (const e of events) {
    const end = e.endDate && e.endDate >= e.startDate ? e.endDate : e.startDate;
    lines.push(
      'BEGIN:VEVENT',
      `UID:${escapeText(e.uid)}`,
      `DTSTAMP:${utcStamp(e.stamp)}`,
      `LAST-MODIFIED:${utcStamp(e.stamp)}`,
      `DTSTART;VALUE=DATE:${compactDate(e.startDate)}`,
      `DTEND;VALUE=DATE:${compactDate(dayAfter(end))}`,
      `SUMMARY:${escapeText(e.summary)}`,
    );
    if (e.location) lines.push(`LOCATION:${escapeText(e.location)}`);
    if (e.description) {
      const text = e.description.length > DESCRIPTION_MAX ? `${e.description.slice(0, DESCRIPTION_MAX)}…` : e.description;
      lines.push(`DESCRIPTION:${escapeText(text)}`);
    }
    if (e.url && cleanUri(e.url)) lines.push(`URL:${cleanUri(e.url)}`);
    if (e.categories.length) lines.push(`CATEGORIES:${e.categories.map(escapeText).join(',')}`);
    lines.push('TRANSP:TRANSPARENT', 'END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
