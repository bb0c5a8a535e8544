/**
 * CSV for German spreadsheet software: every field quoted, quotes doubled, `;` between fields, CRLF
 * between records, and cells a spreadsheet would evaluate (starting with = + - @ tab CR) defused with a
 * leading apostrophe; the same rules as the chat export (chat/export.service.ts). Headers and the
 * statistics are written here; the monitorings' records are written by PostgreSQL by the same rules
 * (`sqlCell` in export.service.ts), and the tests parse both back.
 */
export const BOM = '\uFEFF';
export const SEPARATOR = ';';

/** Character codes of = + - @ tab CR. */
const FORMULA_STARTS = new Set([0x3d, 0x2b, 0x2d, 0x40, 0x09, 0x0d]);

export function csvCell(value: string | null | undefined): string {
  if (value === null || value === undefined || value === '') return '""';
  const s = FORMULA_STARTS.has(value.charCodeAt(0)) ? `'${value}` : value;
  return s.includes('"') ? `"${s.replaceAll('"', '""')}"` : `"${s}"`;
}

export function csvRecord(cells: readonly (string | null | undefined)[]): string {
  let line = '';
  for (let i = 0; i < cells.length; i++) line += (i ? SEPARATOR : '') + csvCell(cells[i]);
  return `${line}\r\n`;
}

/** Where CSV goes: an HTTP response, honouring back-pressure; `closed` once the reader went away. */
export interface CsvSink {
  write(chunk: string): Promise<void>;
  readonly closed: boolean;
}

/** A decimal number as German or English spreadsheets read it. */
export const csvNumber = (n: number | null, lang: 'de' | 'en'): string =>
  n === null ? '' : lang === 'de' ? String(n).replace('.', ',') : String(n);
