/**
 * A small streaming XLSX (Office Open XML spreadsheet) writer on yazl: one worksheet per table, a bold
 * header row, text as inline strings, numbers as numbers, days as real dates (format yyyy-mm-dd).
 * Each sheet's rows come from an async iterable of batches and are deflated into the archive as they
 * come; the next batch is pulled only when the archive's reader took the previous one, so memory does
 * not grow with the rows. The parts written are the minimum Excel, LibreOffice and Numbers open:
 * content types, package and workbook relationships, workbook, styles and the sheets.
 *
 * Text cells are never formulas in XLSX (a formula is an `<f>` element), so, unlike the CSV, values
 * are written as they are; characters XML 1.0 forbids (control characters) are dropped.
 */
import { Readable } from 'node:stream';
import { ZipFile } from 'yazl';

/** A day (YYYY-MM-DD), written as a date cell. */
export class XlsxDay {
  constructor(readonly day: string) {}
}

export type XlsxCell = string | number | XlsxDay | null | undefined;

export interface XlsxSheet {
  /** Shown on the sheet's tab; characters Excel forbids become `-`, cut to 31, made unique. */
  name: string;
  header: readonly string[];
  /** Column widths in characters (optional). */
  widths?: readonly number[];
  /** The rows after the header, in batches. */
  rows: AsyncIterable<readonly XlsxCell[][]> | Iterable<readonly XlsxCell[][]>;
}

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';

/** Style ids of styles.xml: 0 default, 1 date (numFmt 164), 2 bold header. */
const DATE_STYLE = 1;
const HEADER_STYLE = 2;
const STYLES = `${XML}<styleSheet xmlns="${MAIN}"><numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy\\-mm\\-dd"/></numFmts><fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;

// eslint-disable-next-line no-control-regex
const FORBIDDEN_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;
const ESCAPED = /[&<>"]/g;
const ENTITY: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

export function xmlText(s: string): string {
  // Most cells need neither; testing first avoids allocating a copy of each.
  if (FORBIDDEN_XML.test(s)) s = s.replace(FORBIDDEN_XML, '');
  FORBIDDEN_XML.lastIndex = 0;
  return ESCAPED.test(s) ? s.replace(ESCAPED, (c) => ENTITY[c]!) : s;
}

/** Days since 1899-12-30, the spreadsheet epoch (1900 date system); null for a malformed day. */
export function serialDay(day: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!m) return null;
  return (Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) - Date.UTC(1899, 11, 30)) / 86_400_000;
}

/** Column letters of a 0-based index: 0 → A, 26 → AA. */
export function columnName(i: number): string {
  let s = '';
  for (let n = i + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

function cell(ref: string, v: XlsxCell, style = 0): string {
  const s = style ? ` s="${style}"` : '';
  if (v === null || v === undefined || v === '') return '';
  if (typeof v === 'number') return Number.isFinite(v) ? `<c r="${ref}"${s}><v>${v}</v></c>` : '';
  if (v instanceof XlsxDay) {
    const serial = serialDay(v.day);
    if (serial === null) return cell(ref, v.day, style);
    return `<c r="${ref}" s="${DATE_STYLE}"><v>${serial}</v></c>`;
  }
  return `<c r="${ref}"${s} t="inlineStr"><is><t xml:space="preserve">${xmlText(v)}</t></is></c>`;
}

export function xlsxRow(index: number, cells: readonly XlsxCell[], columns: readonly string[], style = 0): string {
  let out = `<row r="${index}">`;
  for (let i = 0; i < cells.length; i++) out += cell(`${columns[i] ?? columnName(i)}${index}`, cells[i], style);
  return `${out}</row>`;
}

async function* sheetXml(sheet: XlsxSheet): AsyncGenerator<string> {
  const columns = sheet.header.map((_, i) => columnName(i));
  const cols = sheet.widths?.length
    ? `<cols>${sheet.widths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join('')}</cols>`
    : '';
  yield `${XML}<worksheet xmlns="${MAIN}" xmlns:r="${REL}"><sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>${cols}<sheetData>${xlsxRow(1, sheet.header, columns, HEADER_STYLE)}`;
  let r = 1;
  for await (const batch of sheet.rows) {
    let out = '';
    for (const row of batch) out += xlsxRow(++r, row, columns);
    if (out) yield out;
  }
  yield '</sheetData></worksheet>';
}

/** Sheet names as Excel accepts them: no []:*?/\, at most 31 characters, unique, not empty. */
export function sheetNames(names: readonly string[]): string[] {
  const used = new Set<string>();
  return names.map((raw, i) => {
    const base =
      raw
        .replace(/[[\]:*?/\\]/g, '-')
        .trim()
        .slice(0, 31) || `Sheet${i + 1}`;
    let name = base;
    for (let n = 2; used.has(name.toLowerCase()); n++) name = `${base.slice(0, 31 - String(n).length - 1)} ${n}`;
    used.add(name.toLowerCase());
    return name;
  });
}

/**
 * The workbook as a stream of bytes. Sheets are written one after another; a failing row source
 * destroys the stream with its error.
 */
export function xlsxStream(sheets: readonly XlsxSheet[]): Readable {
  const zip = new ZipFile();
  const names = sheetNames(sheets.map((s) => s.name));
  const add = (path: string, text: string) => zip.addBuffer(Buffer.from(text, 'utf8'), path);
  add(
    '[Content_Types].xml',
    `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>${sheets
      .map(
        (_, i) =>
          `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
      )
      .join('')}</Types>`,
  );
  add(
    '_rels/.rels',
    `${XML}<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  );
  add(
    'xl/workbook.xml',
    `${XML}<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets>${names
      .map((n, i) => `<sheet name="${xmlText(n)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
      .join('')}</sheets></workbook>`,
  );
  add(
    'xl/_rels/workbook.xml.rels',
    `${XML}<Relationships xmlns="${PKG_REL}">${sheets
      .map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`)
      .join('')}<Relationship Id="rId${sheets.length + 1}" Type="${REL}/styles" Target="styles.xml"/></Relationships>`,
  );
  add('xl/styles.xml', STYLES);
  const output = zip.outputStream as Readable;
  sheets.forEach((sheet, i) => {
    // Lazy: yazl asks for the stream when it reaches the entry, so one source is read at a time.
    zip.addReadStreamLazy(`xl/worksheets/sheet${i + 1}.xml`, (give) => {
      const source = Readable.from(sheetXml(sheet), { objectMode: false });
      source.once('error', (err) => output.destroy(err));
      give(null, source);
    });
  });
  zip.end();
  return output;
}
