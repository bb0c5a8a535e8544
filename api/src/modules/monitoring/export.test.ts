import { inflateRawSync } from 'node:zlib';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startTestServer, type TestServer } from '../../../../tests/support/server.js';
import {
  buildAdmin,
  buildClient,
  buildCounsellor,
  buildOrganisation,
  buildTwoOrganisations,
  loginAs,
} from '../../../../tests/support/builders.js';
import type { GraphQLClient } from '../../../../tests/support/gql.js';
import type { Client } from '../client/client.entity.js';
import type { Organisation } from '../organisation/organisation.entity.js';
import type { Counsellor } from '../staff/counsellor.entity.js';
import { anonymiseMonitoringsOfClient } from './anonymise.js';
import { csvCell, csvRecord } from './csv.js';
import type { Viewer } from '../../shared/auth/tokens.js';
import { EXPORT_BATCH, MonitoringExportService } from './export.service.js';
import { STATS, buildTopic, document, fork } from './monitoring.test-support.js';

let server: TestServer;
let org: Organisation;
let admin: GraphQLClient;
let c1: Counsellor;
let c1api: GraphQLClient;
let client: Client;

beforeAll(async () => {
  server = await startTestServer();
  org = await buildOrganisation(server);
  admin = await loginAs(server, await buildAdmin(server, org));
  c1 = await buildCounsellor(server, org, { firstName: 'Berta', lastName: 'Eins' });
  c1api = await loginAs(server, c1);
  client = await buildClient(server, org, { pseudonym: 'Mondschein' } as never);
});
afterAll(() => server?.close());

const download = (path: string, token?: string) =>
  fetch(`${server.url}/api/monitoring/${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });

/**
 * RFC 4180 with `;`: fields optionally quoted, `""` inside quotes, CRLF between records. Strict: a
 * quote inside an unquoted field or text after a closing quote fails the test.
 */
function parseCsv(text: string): string[][] {
  const out: string[][] = [];
  let record: string[] = [];
  let i = 0;
  while (i < text.length) {
    let field = '';
    if (text[i] === '"') {
      i++;
      for (;;) {
        if (i >= text.length) throw new Error('Unterminated quote');
        if (text[i] === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        field += text[i++];
      }
    } else {
      while (i < text.length && text[i] !== ';' && text[i] !== '\r') {
        if (text[i] === '"') throw new Error('Quote in unquoted field');
        field += text[i++];
      }
    }
    record.push(field);
    if (text[i] === ';') i++;
    else if (text.startsWith('\r\n', i)) {
      out.push(record);
      record = [];
      i += 2;
    } else if (i < text.length) throw new Error(`Unexpected ${JSON.stringify(text[i])} at ${i}`);
  }
  if (record.length) throw new Error('Last record without CRLF');
  return out;
}

/** The body checked for the BOM and parsed back into records. */
async function records(res: Response): Promise<string[][]> {
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
  expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename=".+\.csv"/);
  const bytes = Buffer.from(await res.arrayBuffer());
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  return parseCsv(bytes.subarray(3).toString('utf8'));
}

/** The entries of a ZIP archive, read from its central directory (stored or deflated). */
function unzip(zip: Buffer): Map<string, Buffer> {
  let eocd = zip.length - 22;
  while (eocd >= 0 && zip.readUInt32LE(eocd) !== 0x06054b50) eocd--;
  expect(eocd).toBeGreaterThanOrEqual(0);
  const entries = new Map<string, Buffer>();
  let p = zip.readUInt32LE(eocd + 16);
  for (let i = 0; i < zip.readUInt16LE(eocd + 10); i++) {
    expect(zip.readUInt32LE(p)).toBe(0x02014b50);
    const method = zip.readUInt16LE(p + 10);
    const compressed = zip.readUInt32LE(p + 20);
    const size = zip.readUInt32LE(p + 24);
    const nameLength = zip.readUInt16LE(p + 28);
    const skip = nameLength + zip.readUInt16LE(p + 30) + zip.readUInt16LE(p + 32);
    const name = zip.subarray(p + 46, p + 46 + nameLength).toString('utf8');
    const local = zip.readUInt32LE(p + 42);
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const data = zip.subarray(start, start + compressed);
    const bytes = method === 8 ? inflateRawSync(data) : data;
    expect(bytes.length).toBe(size);
    entries.set(name, bytes);
    p += 46 + skip;
  }
  return entries;
}

const unescapeXml = (s: string) =>
  s.replace(/&(lt|gt|quot|amp);/g, (_, e: string) => ({ lt: '<', gt: '>', quot: '"', amp: '&' })[e]!);

/** Day of a spreadsheet date serial (1900 system). */
const dayOf = (serial: number) => new Date(Date.UTC(1899, 11, 30) + serial * 86_400_000).toISOString().slice(0, 10);

type Cell = string | number | { day: string };

/** Each sheet (by tab name, in order) as rows of cells: text, numbers, and date-styled numbers as days. */
async function workbook(res: Response): Promise<Map<string, Cell[][]>> {
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
  expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename=".+\.xlsx"/);
  const files = unzip(Buffer.from(await res.arrayBuffer()));
  expect([...files.keys()].slice(0, 5)).toEqual([
    '[Content_Types].xml',
    '_rels/.rels',
    'xl/workbook.xml',
    'xl/_rels/workbook.xml.rels',
    'xl/styles.xml',
  ]);
  const styles = files.get('xl/styles.xml')!.toString();
  const dateStyles = new Set<string>();
  [...styles.slice(styles.indexOf('<cellXfs')).matchAll(/<xf numFmtId="(\d+)"/g)].forEach((m, i) => {
    if (m[1] === '164') dateStyles.add(String(i));
  });
  const names = [
    ...files
      .get('xl/workbook.xml')!
      .toString()
      .matchAll(/<sheet name="([^"]*)"/g),
  ].map((m) => unescapeXml(m[1]!));
  const out = new Map<string, Cell[][]>();
  names.forEach((name, i) => {
    const xml = files.get(`xl/worksheets/sheet${i + 1}.xml`)!.toString('utf8');
    const rows: Cell[][] = [];
    for (const [, r, body] of xml.matchAll(/<row r="(\d+)">(.*?)<\/row>/gs)) {
      expect(Number(r)).toBe(rows.length + 1);
      const row: Cell[] = [];
      for (const [, ref, attrs, inner] of body!.matchAll(/<c r="([A-Z]+)\d+"([^>]*)>(.*?)<\/c>/gs)) {
        const col = [...ref!].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
        while (row.length < col) row.push('');
        if (attrs!.includes('t="inlineStr"')) row.push(unescapeXml(/<t[^>]*>(.*?)<\/t>/s.exec(inner!)![1]!));
        else {
          const v = Number(/<v>(.*?)<\/v>/.exec(inner!)![1]);
          const style = /s="(\d+)"/.exec(attrs!)?.[1];
          row.push(style && dateStyles.has(style) ? { day: dayOf(v) } : v);
        }
      }
      rows.push(row);
    }
    out.set(name, rows);
  });
  return out;
}

/** A CSV record as the XLSX has it: formulas not defused (text cells are never evaluated), no trailing blanks. */
const asXlsx = (record: string[], types: ('day' | 'number' | 'text')[]): Cell[] => {
  const cells: Cell[] = record.map((v, i) =>
    types[i] === 'day' && v ? { day: v } : types[i] === 'number' && v !== '' ? Number(v.replace(',', '.')) : v,
  );
  while (cells.length && cells[cells.length - 1] === '') cells.pop();
  return cells.map((c) => (typeof c === 'string' && /^'[=+\-@\t\r]/.test(c) ? c.slice(1) : c));
};

describe('csvCell', () => {
  it('quotes, doubles quotes and defuses formulas (= + - @ tab CR)', () => {
    expect(['=1+1', '+49 30', '-3', '@SUM', '\tx', '\rx', 'a"b', '1-2', '', null].map(csvCell)).toEqual([
      `"'=1+1"`,
      `"'+49 30"`,
      `"'-3"`,
      `"'@SUM"`,
      `"'\tx"`,
      `"'\rx"`,
      '"a""b"',
      '"1-2"',
      '""',
      '""',
    ]);
    expect(csvRecord(['a;b', 'c\nd'])).toBe('"a;b";"c\nd"\r\n');
  });
});

describe('GET /api/monitoring/monitorings.csv', () => {
  it('exports the monitorings newest first with a German header, parsed back equal to what was stored', async () => {
    const topics = [await buildTopic(server, org, 'Wohnen'), await buildTopic(server, org, 'Arbeit')];
    await document(c1api, client.id, {
      date: '2026-02-01',
      durationMinutes: 30,
      channel: 'PHONE',
      subject: '=HYPERLINK("http://evil")',
      topicIds: topics.map((t) => t.id),
      notes: 'Zeile 1\nZeile 2; mit "Zitat"',
    });
    await document(c1api, client.id, { date: '2026-03-01', durationMinutes: 45, subject: 'Folgegespräch' });
    await document(admin, client.id, { date: '2026-02-15', durationMinutes: 5, subject: 'Admin', channel: 'MAIL' });

    const rows = await records(await download('monitorings.csv?from=2026-01-01&to=2026-03-31', c1api.token));
    expect(rows[0]).toEqual([
      'Datum',
      'Berater:in',
      'Ratsuchende:r',
      'Klientennummer',
      'Kanal',
      'Dauer (Minuten)',
      'Betreff',
      'Beratungsfelder',
      'Quelle',
      'Notizen',
      'Anonymisiert',
    ]);
    expect(rows.slice(1)).toEqual([
      ['2026-03-01', 'Berta Eins', 'Mondschein', client.clientNumber, '', '45', 'Folgegespräch', '', '', '', 'nein'],
      [
        '2026-02-01',
        'Berta Eins',
        'Mondschein',
        client.clientNumber,
        'Telefon',
        '30',
        `'=HYPERLINK("http://evil")`,
        'Arbeit, Wohnen',
        '',
        'Zeile 1\nZeile 2; mit "Zitat"',
        'nein',
      ],
    ]);
    const all = await records(await download('monitorings.csv?from=2026-01-01&to=2026-03-31&lang=en', admin.token));
    expect(all[0]![0]).toBe('Date');
    expect(all.slice(1).map((r) => [r[0], r[4], r[10]])).toEqual([
      ['2026-03-01', '', 'no'],
      ['2026-02-15', 'Mail', 'no'],
      ['2026-02-01', 'Phone', 'no'],
    ]);
    const one = await records(
      await download(`monitorings.csv?from=2026-01-01&to=2026-03-31&counsellorId=${c1.id}`, admin.token),
    );
    expect(one).toHaveLength(3);
  });

  it('streams more rows than one cursor batch, and shows anonymised ones without the client', async () => {
    const o = await buildOrganisation(server);
    const a = await buildAdmin(server, o);
    const cl = await buildClient(server, o);
    const n = EXPORT_BATCH * 2 + 7;
    await fork(server)
      .getConnection()
      .execute(
        `insert into monitoring (id, created_at, updated_at, organisation_id, counsellor_id, client_id, date, duration_minutes, subject, request_data)
         select gen_random_uuid(), now(), now(), ?, ?, ?, date '2026-01-01' + (i % 90), 1 + i % 60, 'Nr. ' || i, '{}'
           from generate_series(1, ?) i`,
        [o.id, a.id, cl.id, n],
      );
    await anonymiseMonitoringsOfClient(fork(server), o.id, cl.id);
    const rows = await records(
      await download('monitorings.csv?from=2026-01-01&to=2026-12-31', (await loginAs(server, a)).token),
    );
    expect(rows).toHaveLength(n + 1);
    expect(rows.slice(1).every((r) => r[2] === '' && r[6] === '' && r[10] === 'ja')).toBe(true);
    const dates = rows.slice(1).map((r) => r[0]!);
    expect([...dates].sort().reverse()).toEqual(dates);
    const minutes = rows.slice(1).reduce((sum, r) => sum + Number(r[5]), 0);
    expect(minutes).toBe(Array.from({ length: n }, (_, i) => 1 + ((i + 1) % 60)).reduce((s, x) => s + x, 0));
  });

  it('is for staff: own for counsellors; anonymous 401, clients 403, a colleague’s 403, bad input 400', async () => {
    expect((await download('monitorings.csv')).status).toBe(401);
    expect((await download('monitorings.csv', (await loginAs(server, client)).token)).status).toBe(403);
    const other = await buildCounsellor(server, org);
    expect((await download(`monitorings.csv?counsellorId=${other.id}`, c1api.token)).status).toBe(403);
    expect((await download('monitorings.csv?from=2026-02-30', c1api.token)).status).toBe(400);
    expect((await download('monitorings.csv?from=2026-03-01&to=2026-01-01', c1api.token)).status).toBe(400);
    const colleague = await loginAs(server, other);
    const rows = await records(await download('monitorings.csv?from=2026-01-01&to=2026-03-31', colleague.token));
    expect(rows).toHaveLength(1);
  });

  it('never exports another organisation’s monitorings', async () => {
    const orgs = await buildTwoOrganisations(server);
    const b = await loginAs(server, orgs.b.admin);
    await document(b, orgs.b.client.id, { date: '2026-02-01' });
    const rows = await records(await download('monitorings.csv?from=2026-01-01&to=2026-03-31', admin.token));
    expect(rows.slice(1).map((r) => r[2])).not.toContain(orgs.b.client.pseudonym);
    const theirs = await records(await download('monitorings.csv?from=2026-01-01&to=2026-03-31', b.token));
    expect(theirs.slice(1).map((r) => r[2])).toEqual([orgs.b.client.pseudonym]);
    // Another organisation's counsellor id names nobody here: an empty export.
    const foreign = await download(`monitorings.csv?counsellorId=${c1.id}&from=2026-01-01&to=2026-03-31`, b.token);
    expect(await records(foreign)).toHaveLength(1);
  });
});

const MONITORING_TYPES = [
  'day',
  'text',
  'text',
  'text',
  'text',
  'number',
  'text',
  'text',
  'text',
  'text',
  'text',
] as const;

describe('GET /api/monitoring/monitorings.xlsx', () => {
  it('has the CSV’s rows in one sheet: days as dates, minutes as numbers, the header in the UI language', async () => {
    const query = 'from=2026-01-01&to=2026-03-31';
    for (const lang of ['de', 'en']) {
      const csv = await records(await download(`monitorings.csv?${query}&lang=${lang}`, admin.token));
      const book = await workbook(await download(`monitorings.xlsx?${query}&lang=${lang}`, admin.token));
      expect([...book.keys()]).toEqual(['Monitorings']);
      const rows = book.get('Monitorings')!;
      expect(rows[0]).toEqual(csv[0]);
      expect(rows.slice(1)).toEqual(csv.slice(1).map((r) => asXlsx(r, [...MONITORING_TYPES])));
      expect(rows.length).toBeGreaterThanOrEqual(4);
    }
    // The formula stays text: an inline string, never an <f> element.
    const book = await workbook(await download(`monitorings.xlsx?${query}`, c1api.token));
    expect(book.get('Monitorings')!.map((r) => r[6])).toContain('=HYPERLINK("http://evil")');
  });

  it('streams more rows than one cursor batch, and checks access like the CSV', async () => {
    const o = await buildOrganisation(server);
    const a = await buildAdmin(server, o);
    const n = EXPORT_BATCH + 5;
    await fork(server)
      .getConnection()
      .execute(
        `insert into monitoring (id, created_at, updated_at, organisation_id, counsellor_id, date, duration_minutes, subject, notes, request_data)
         select gen_random_uuid(), now(), now(), ?, ?, date '2026-01-01' + (i % 90), 1 + i % 60, 'Nr. <' || i || '> & co', chr(1) || 'x', '{}'
           from generate_series(1, ?) i`,
        [o.id, a.id, n],
      );
    const token = (await loginAs(server, a)).token;
    const csv = await records(await download('monitorings.csv?from=2026-01-01&to=2026-12-31', token));
    const rows = (await workbook(await download('monitorings.xlsx?from=2026-01-01&to=2026-12-31', token))).get(
      'Monitorings',
    )!;
    expect(rows).toHaveLength(n + 1);
    // XML 1.0 has no control characters: dropped from the cell, the rest equal to the CSV.
    expect(rows.slice(1)).toEqual(
      csv.slice(1).map((r) => asXlsx(r, [...MONITORING_TYPES]).map((c, i) => (i === 9 ? 'x' : c))),
    );

    expect((await download('monitorings.xlsx')).status).toBe(401);
    expect((await download('monitorings.xlsx', (await loginAs(server, client)).token)).status).toBe(403);
    const other = await buildCounsellor(server, org);
    expect((await download(`monitorings.xlsx?counsellorId=${other.id}`, c1api.token)).status).toBe(403);
    expect((await download('monitorings.xlsx?to=2026-13-01', c1api.token)).status).toBe(400);
    const foreign = await workbook(await download('monitorings.xlsx?from=2026-01-01&to=2026-12-31', admin.token));
    expect(foreign.get('Monitorings')!.flat()).not.toContain('Nr. <1> & co');
  });
});

describe('monitorings export back-pressure', () => {
  it('fetches the next batch only when the reader took the last one, and stops when it goes away', async () => {
    const o = await buildOrganisation(server);
    const a = await buildAdmin(server, o);
    await fork(server)
      .getConnection()
      .execute(
        `insert into monitoring (id, created_at, updated_at, organisation_id, counsellor_id, date, duration_minutes, subject, request_data)
         select gen_random_uuid(), now(), now(), ?, ?, date '2026-01-01' + (i % 90), 5, 'Nr. ' || i, '{}'
           from generate_series(1, ?) i`,
        [o.id, a.id, EXPORT_BATCH * 5 + 3],
      );
    const viewer = { accountId: a.id, organisationId: o.id, kind: 'STAFF', role: 'ADMIN' } as Viewer;
    const file = await new MonitoringExportService(fork(server)).monitorings(viewer, {
      from: '2026-01-01',
      to: '2026-12-31',
    });
    const fetches: string[] = [];
    const query = pg.Client.prototype.query;
    const spy = vi.spyOn(pg.Client.prototype, 'query').mockImplementation(function (this: pg.Client, ...args) {
      const text = (args[0] as { text?: string }).text ?? args[0];
      if (typeof text === 'string' && text.startsWith('fetch ')) fetches.push(text);
      return (query as (...a: unknown[]) => unknown).apply(this, args) as never;
    });
    // A reader that takes nothing until told: each write waits for `take`.
    const pending: { chunk: string; take: () => void }[] = [];
    let arrived: (() => void) | undefined;
    const sink = {
      closed: false,
      write: (chunk: string) =>
        new Promise<void>((take) => {
          pending.push({ chunk, take });
          arrived?.();
        }),
    };
    const nextWrite = () => (pending.length ? Promise.resolve() : new Promise<void>((r) => (arrived = r)));
    /** Lets the export run as far as it would: the event loop and a round trip to PostgreSQL. */
    const settle = async () => {
      for (let i = 0; i < 3; i++) await new Promise((r) => setImmediate(r));
      await fork(server).getConnection().execute('select 1');
      for (let i = 0; i < 3; i++) await new Promise((r) => setImmediate(r));
    };
    try {
      const done = file.write(sink);
      let rowsTaken = 0;
      for (let write = 0; write < 4; write++) {
        await nextWrite();
        await settle();
        // Blocked on the reader: one write outstanding, every fetched row in it or already taken.
        expect(pending).toHaveLength(1);
        expect(fetches).toHaveLength(write);
        const { chunk, take } = pending.shift()!;
        const rows = chunk.split('\r\n').length - 1;
        expect(rows).toBe(write === 0 ? 1 : EXPORT_BATCH);
        expect(fetches.length * EXPORT_BATCH).toBeLessThanOrEqual(rowsTaken + rows);
        rowsTaken += rows;
        take();
      }
      // The reader goes away while a batch is outstanding: nothing more is fetched, the export ends.
      await nextWrite();
      sink.closed = true;
      pending.shift()!.take();
      await done;
      await settle();
      expect(fetches).toHaveLength(4);
      expect(pending).toHaveLength(0);
    } finally {
      spy.mockRestore();
    }
    // The connection went back to the pool with the transaction rolled back: the next export works.
    const again = await records(
      await download('monitorings.csv?from=2026-01-01&to=2026-12-31', (await loginAs(server, a)).token),
    );
    expect(again).toHaveLength(EXPORT_BATCH * 5 + 4);
  });
});

describe('GET /api/monitoring/statistics.csv', () => {
  it('has the screen’s figures and tables, with definitions, in the requested language', async () => {
    const period = { from: '2026-01-01', to: '2026-03-31' };
    const screen = (await admin.ok(STATS, { period })).monitoringStatistics;
    const rows = await records(await download('statistics.csv?from=2026-01-01&to=2026-03-31', admin.token));
    expect(rows[0]).toEqual(['Tabelle', 'Zeile', 'Anzahl', 'Minuten', 'Definition']);
    const expected: string[][] = screen.figures.map((f: any) => [
      'Kennzahlen',
      f.label,
      f.unit === 'COUNT' && f.value !== null ? String(f.value).replace('.', ',') : '',
      f.unit === 'MINUTES' && f.value !== null ? String(f.value).replace('.', ',') : '',
      f.definition,
    ]);
    for (const t of screen.tables) {
      t.rows.forEach((r: any, i: number) =>
        expected.push([t.title, r.label, String(r.count), String(r.minutes), i === 0 ? t.definition : '']),
      );
    }
    expect(rows.slice(1)).toEqual(expected);
    expect(rows.find((r) => r[1] === 'Monitorings')![2]).toBe('3');

    const en = await records(await download('statistics.csv?from=2026-01-01&to=2026-03-31&lang=en', c1api.token));
    expect(en[0]).toEqual(['Table', 'Row', 'Count', 'Minutes', 'Definition']);
    expect(en.find((r) => r[0] === 'By counsellor' && r[1] !== 'Berta Eins')).toBeUndefined();
    expect((await download('statistics.csv')).status).toBe(401);
    expect((await download('statistics.csv?lang=fr', admin.token)).status).toBe(400);
  });
});

describe('GET /api/monitoring/statistics.xlsx', () => {
  it('has a sheet for the figures and one per table, the CSV’s rows with numbers as numbers', async () => {
    const query = 'from=2026-01-01&to=2026-03-31';
    const csv = await records(await download(`statistics.csv?${query}`, admin.token));
    const book = await workbook(await download(`statistics.xlsx?${query}`, admin.token));
    const titles = [...new Set(csv.slice(1).map((r) => r[0]!))];
    // Excel forbids ':' in a sheet's name ("Nach Berater:in").
    expect([...book.keys()]).toEqual(titles.map((t) => t.replaceAll(':', '-')));
    titles.forEach((title, i) => {
      const rows = book.get([...book.keys()][i]!)!;
      expect(rows[0]).toEqual(csv[0]!.slice(1));
      expect(rows.slice(1)).toEqual(
        csv
          .slice(1)
          .filter((r) => r[0] === title)
          .map((r) => asXlsx(r.slice(1), ['text', 'number', 'number', 'text'])),
      );
    });
    expect(book.get('Kennzahlen')!.find((r) => r[0] === 'Monitorings')![1]).toBe(3);

    const en = await workbook(await download(`statistics.xlsx?${query}&lang=en`, c1api.token));
    expect([...en.keys()][0]).toBe('Figures');
    expect(en.get('Figures')![0]).toEqual(['Row', 'Count', 'Minutes', 'Definition']);
    expect((await download('statistics.xlsx')).status).toBe(401);
    expect((await download('statistics.xlsx?lang=fr', admin.token)).status).toBe(400);
  });
});

describe('monitorings exports in the access log', () => {
  interface Entry {
    staff_id: string;
    client_id: string;
    client_number: string | null;
    action: string;
    record_kind: string;
    record_id: string | null;
    at: Date;
  }
  const entriesOf = async (organisationId: string, staffId: string): Promise<Entry[]> =>
    (
      await fork(server)
        .getConnection()
        .execute<Entry[]>(
          `select staff_id, client_id, client_number, action, record_kind, record_id, at from access_log
            where organisation_id = ? and staff_id = ? and action = 'EXPORT' order by client_number`,
          [organisationId, staffId],
        )
    ).map((e) => ({ ...e, at: new Date(e.at) }));

  it('records EXPORT MONITORINGS once per client of the file, by the admin and by a counsellor; none for anonymised rows or statistics', async () => {
    const o = await buildOrganisation(server);
    const a = await buildAdmin(server, o);
    const c = await buildCounsellor(server, o);
    const [aApi, cApi] = [await loginAs(server, a), await loginAs(server, c)];
    const [x, y, z, gone, outside] = await Promise.all([0, 1, 2, 3, 4].map(() => buildClient(server, o)));
    await document(cApi, x!.id, { date: '2026-02-01' });
    await document(cApi, y!.id, { date: '2026-02-02' });
    await document(aApi, z!.id, { date: '2026-02-03' });
    await document(cApi, gone!.id, { date: '2026-02-04' });
    await document(cApi, outside!.id, { date: '2025-06-01' });
    // More rows of x than one cursor batch: still one entry.
    await fork(server)
      .getConnection()
      .execute(
        `insert into monitoring (id, created_at, updated_at, organisation_id, counsellor_id, client_id, date, duration_minutes, subject, request_data)
         select gen_random_uuid(), now(), now(), ?, ?, ?, date '2026-01-01' + (i % 90), 5, 'Nr. ' || i, '{}'
           from generate_series(1, ?) i`,
        [o.id, c.id, x!.id, EXPORT_BATCH + 5],
      );
    // The purged client's monitorings keep only the figures (no client): nothing to record.
    await anonymiseMonitoringsOfClient(fork(server), o.id, gone!.id);

    const period = 'from=2026-01-01&to=2026-03-31';
    const rows = await records(await download(`monitorings.csv?${period}`, aApi.token));
    expect(rows).toHaveLength(1 + EXPORT_BATCH + 5 + 4);
    const byAdmin = await entriesOf(o.id, a.id);
    expect(byAdmin.map((e) => e.client_id).sort()).toEqual([x!.id, y!.id, z!.id].sort());
    expect(byAdmin.every((e) => e.record_kind === 'MONITORINGS' && e.record_id === null)).toBe(true);
    expect(byAdmin.map((e) => e.client_number).sort()).toEqual([x, y, z].map((k) => k!.clientNumber).sort());
    // One request, one instant.
    expect(new Set(byAdmin.map((e) => e.at.getTime())).size).toBe(1);

    // The counsellor's file holds their own monitorings: x and y (and the anonymised rows).
    const book = await workbook(await download(`monitorings.xlsx?${period}`, cApi.token));
    expect(book.get('Monitorings')!.length).toBe(1 + EXPORT_BATCH + 5 + 3);
    expect((await entriesOf(o.id, c.id)).map((e) => e.client_id).sort()).toEqual([x!.id, y!.id].sort());

    // The admin's file of one counsellor: that counsellor's clients only.
    await download(`monitorings.csv?${period}&counsellorId=${a.id}`, aApi.token).then(records);
    expect((await entriesOf(o.id, a.id)).filter((e) => e.client_id === z!.id)).toHaveLength(2);
    expect(await entriesOf(o.id, a.id)).toHaveLength(4);

    // Aggregates are no client's records.
    for (const file of ['statistics.csv', 'statistics.xlsx']) {
      expect((await download(`${file}?${period}`, aApi.token)).status).toBe(200);
    }
    expect(await entriesOf(o.id, a.id)).toHaveLength(4);
    const { n } = (
      await fork(server)
        .getConnection()
        .execute<{ n: number }[]>(
          `select count(*)::int as n from access_log where action = 'EXPORT' and client_id in (?, ?)`,
          [gone!.id, outside!.id],
        )
    )[0]!;
    expect(n).toBe(0);
  });
});
