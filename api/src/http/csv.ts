/**
 * The one CSV writer of the server (public exports, audit trail): RFC 4180 quoting, CRLF line ends,
 * and one rule against formula injection. A spreadsheet runs a cell that starts with = + - @ (or a tab
 * or carriage return) as a formula; such a value gets a leading apostrophe. The JSON export applies
 * the same rule so that its rows stay identical to the CSV's.
 */
export const neutralise = (value: string): string => (/^[=+\-@\t\r]/.test(value) ? `'${value}` : value);

/** Byte order mark: spreadsheets then read the file as UTF-8. */
export const CSV_BOM = '\uFEFF';

const quote = (value: string) => (/[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

/** One CSV record, every cell neutralised and quoted as needed, ending in CRLF. */
export const csvLine = (cells: readonly string[]): string => `${cells.map((c) => quote(neutralise(c))).join(',')}\r\n`;

/** A whole CSV document: BOM, header, rows. For the small ones; the public export streams its lines. */
export const csvDocument = (columns: readonly string[], rows: readonly (readonly string[])[]): string =>
  CSV_BOM + csvLine(columns) + rows.map(csvLine).join('');
