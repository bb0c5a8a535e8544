import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
import { EXPORT_BATCH } from './export.service.js';
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
