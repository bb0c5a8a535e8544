import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../../../tests/support/server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.close());

describe('GET /mail', () => {
  it('hosts the mail form for the organisation and opens the request named in the link', async () => {
    const id = '6f1c0a52-3d0e-4f55-9a55-0a7d1d2b9c11';
    const res = await fetch(`${server.url}/mail?org=pk_demo_beratungsstelle&request=${id}&lang=en`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
    const html = await res.text();
    expect(html).toContain('<script type="module" src="/widgets/lotse-mail-form.js"></script>');
    expect(html).toContain(`<lotse-mail-form org="pk_demo_beratungsstelle" lang="en" request="${id}">`);
  });

  it('escapes nothing into the page: a malformed key is 404, a malformed request id is dropped', async () => {
    expect((await fetch(`${server.url}/mail?org=%22%3E%3Cscript%3E`)).status).toBe(404);
    const html = await (await fetch(`${server.url}/mail?org=pk_x&request=%22%3E%3Cscript%3E`)).text();
    expect(html).not.toContain('<script>');
    expect(html).toContain('<lotse-mail-form org="pk_x" lang="de">');
  });
});
