import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../../../tests/support/server.js';
import { buildClient, buildCounsellor, buildTwoOrganisations, loginAs } from '../../../../tests/support/builders.js';
import { Organisation } from '../organisation/organisation.entity.js';
import { csvRows, defuse, localTime } from './export.service.js';
import { openStream, send } from './chat.test-support.js';

let server: TestServer;
let orgs: Awaited<ReturnType<typeof buildTwoOrganisations>>;

const exportCsv = (streamId: string, token?: string) =>
  fetch(`${server.url}/api/chat/streams/${streamId}/export.csv`, {
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });

beforeAll(async () => {
  server = await startTestServer();
  orgs = await buildTwoOrganisations(server);
});
afterAll(() => server?.close());

describe('csvRows', () => {
  it('quotes every field, doubles quotes, keeps separators and newlines inside quotes, ends records with CRLF', () => {
    expect(csvRows([['a', 'He said "hi"; ok', 'line 1\nline 2', '']], ';')).toBe(
      '"a";"He said ""hi""; ok";"line 1\nline 2";""\r\n',
    );
  });

  it('defuses cells a spreadsheet would evaluate', () => {
    expect(['=SUM(A1)', '+1', '-2', '@x', '\tx', 'ok', '1-2'].map(defuse)).toEqual([
      "'=SUM(A1)",
      "'+1",
      "'-2",
      "'@x",
      "'\tx",
      'ok',
      '1-2',
    ]);
  });

  it('formats times in the organisation’s timezone', () => {
    expect(localTime(new Date('2026-01-15T12:00:00Z'), 'Europe/Berlin')).toBe('2026-01-15 13:00:00');
    expect(localTime(new Date('2026-07-15T12:00:00Z'), 'Europe/Berlin')).toBe('2026-07-15 14:00:00');
  });
});

describe('GET /api/chat/streams/:id/export.csv', () => {
  it('exports a stream as UTF-8 CSV with BOM, German header, quoted fields, separators and newlines intact', async () => {
    const staff = await loginAs(server, orgs.a.counsellor);
    const cl = await buildClient(server, orgs.a.org);
    const { id } = await openStream(staff, { clientId: cl.id });
    await send(staff, id, 'Guten Tag, wie geht es Ihnen?');
    await send(await loginAs(server, cl), id, 'Er sagte "Hallo"; dann:\nzweite Zeile');
    await send(staff, id, '=HYPERLINK("http://evil")');

    const res = await exportCsv(id, staff.token);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toMatch(/attachment; filename=".*\.csv"/);
    const bytes = Buffer.from(await res.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.subarray(3).toString('utf8');
    const lines = text.split('\r\n');
    expect(lines[0]).toBe('"Nr.";"Zeit";"Von";"Art";"Nachricht";"Dokument"');
    expect(lines[1]).toMatch(
      new RegExp(
        `^"1";"\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d";"${orgs.a.counsellor.displayName}";"Text";"Guten Tag, wie geht es Ihnen\\?";""$`,
      ),
    );
    expect(lines[2]).toContain(`"${cl.pseudonym}";"Text";"Er sagte ""Hallo""; dann:\nzweite Zeile";""`);
    expect(lines[3]).toContain(`"'=HYPERLINK(""http://evil"")"`);
    expect(lines[4]).toBe('');
    expect(lines).toHaveLength(5);
  });

  it('uses commas and an English header for English organisations', async () => {
    const em = server.orm.em.fork();
    const org = await em.findOneOrFail(Organisation, orgs.b.org.id);
    org.locale = 'en';
    await em.flush();
    const staff = await loginAs(server, orgs.b.counsellor);
    const { id } = await openStream(staff, { clientId: orgs.b.client.id });
    await send(staff, id, 'Hello, world');
    const text = (await (await exportCsv(id, staff.token)).text()).replace(/^\uFEFF/, '');
    const lines = text.split('\r\n');
    expect(lines[0]).toBe('"No.","Time","From","Kind","Message","Document"');
    expect(lines[1]).toContain('"Text","Hello, world",""');
  });

  it('is for staff who may read the stream; clients, outsiders and other organisations are refused', async () => {
    const staff = await loginAs(server, orgs.a.counsellor);
    const cl = await buildClient(server, orgs.a.org);
    const { id } = await openStream(staff, { clientId: cl.id });
    expect((await exportCsv(id, (await loginAs(server, cl)).token)).status).toBe(403);
    expect((await exportCsv(id, (await loginAs(server, await buildCounsellor(server, orgs.a.org))).token)).status).toBe(
      404,
    );
    expect((await exportCsv(id, (await loginAs(server, orgs.b.admin)).token)).status).toBe(404);
    expect((await exportCsv(id)).status).toBe(401);
    expect((await exportCsv('nope', staff.token)).status).toBe(404);
    expect((await exportCsv(id, (await loginAs(server, orgs.a.admin)).token)).status).toBe(200);
  });
});
