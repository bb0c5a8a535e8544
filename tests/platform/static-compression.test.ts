/**
 * The static files (widget scripts, dashboard, demo page) go out compressed when the client accepts it:
 * brotli or gzip, decoding to exactly the bytes of the uncompressed answer, with `Vary: Accept-Encoding`
 * and the same caching headers; a client that names no encoding gets the file as it is.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIST_DIR, preferredEncoding } from '../../api/src/http/static.js';
import { ensureBuilt } from '../browser/build.js';
import { startTestServer, type TestServer } from '../support/server.js';

let server: TestServer;

beforeAll(async () => {
  await ensureBuilt({ widgets: true, dashboard: true, onCodegenError: process.env.CI ? 'throw' : 'warn' });
  server = await startTestServer();
});
afterAll(() => server?.close());

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  /** The bytes as they came over the wire (fetch would decode them). */
  raw: Buffer;
}

function get(pathname: string, headers: Record<string, string> = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request(`${server.url}${pathname}`, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, raw: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

const decode = (a: Answer): Buffer => {
  const encoding = a.headers['content-encoding'];
  if (encoding === 'br') return brotliDecompressSync(a.raw);
  if (encoding === 'gzip') return gunzipSync(a.raw);
  expect(encoding).toBeUndefined();
  return a.raw;
};

const varyOf = (a: Answer) =>
  String(a.headers.vary ?? '')
    .split(',')
    .map((f) => f.trim().toLowerCase())
    .filter(Boolean);

/** A served file of each kind: widget entry, shared chunk, dashboard script, a page. */
function samples(): string[] {
  const shared = readdirSync(DIST_DIR).find((f) => /^lotse-chunk-shared-.*\.js$/.test(f))!;
  const dashboardScript = readdirSync(path.join(DIST_DIR, 'dashboard/assets')).find((f) => f.endsWith('.js'))!;
  return ['/widgets/lotse-chat.js', `/widgets/${shared}`, `/dashboard/assets/${dashboardScript}`, '/'];
}

describe('compressed static files', () => {
  it('sends brotli and gzip that decode to the identity answer, with the same headers otherwise', async () => {
    for (const url of samples()) {
      const identity = await get(url);
      expect(identity.status, url).toBe(200);
      expect(identity.headers['content-encoding'], url).toBeUndefined();
      expect(varyOf(identity), url).toContain('accept-encoding');
      expect(Number(identity.headers['content-length'])).toBe(identity.raw.length);

      for (const [accept, encoding] of [
        ['gzip, deflate, br, zstd', 'br'], // what Chromium sends
        ['gzip', 'gzip'],
        ['br', 'br'],
      ] as const) {
        const answer = await get(url, { 'Accept-Encoding': accept });
        expect(answer.status, `${url} ${accept}`).toBe(200);
        expect(answer.headers['content-encoding'], `${url} ${accept}`).toBe(encoding);
        expect(varyOf(answer)).toContain('accept-encoding');
        expect(Number(answer.headers['content-length'])).toBe(answer.raw.length);
        expect(answer.raw.length).toBeLessThan(identity.raw.length);
        expect(decode(answer).equals(identity.raw), `${url} ${accept}`).toBe(true);
        for (const header of [
          'content-type',
          'cache-control',
          'access-control-allow-origin',
          'content-security-policy',
        ]) {
          expect(answer.headers[header], `${url} ${header}`).toEqual(identity.headers[header]);
        }
      }
    }
    // What a browser gets for the widget is what the build wrote.
    const chat = await get('/widgets/lotse-chat.js', { 'Accept-Encoding': 'gzip' });
    expect(decode(chat).equals(readFileSync(path.join(DIST_DIR, 'lotse-chat.js')))).toBe(true);
    expect(chat.headers['access-control-allow-origin']).toBe('*');
    expect(chat.headers['cache-control']).toBe('public, max-age=300');
  });

  it('honours refused encodings and leaves tiny files alone', async () => {
    const url = '/widgets/lotse-chat.js';
    expect((await get(url, { 'Accept-Encoding': 'br;q=0, gzip' })).headers['content-encoding']).toBe('gzip');
    expect((await get(url, { 'Accept-Encoding': 'gzip;q=0' })).headers['content-encoding']).toBeUndefined();
    expect((await get(url, { 'Accept-Encoding': 'identity' })).headers['content-encoding']).toBeUndefined();
    expect((await get(url, { 'Accept-Encoding': 'deflate' })).headers['content-encoding']).toBeUndefined();
    // lotse.js only imports the three widgets: a few hundred bytes, not worth compressing.
    const tiny = await get('/widgets/lotse.js', { 'Accept-Encoding': 'gzip, br' });
    expect(tiny.headers['content-encoding']).toBeUndefined();
    expect(tiny.raw.equals(readFileSync(path.join(DIST_DIR, 'lotse.js')))).toBe(true);
    // A missing file is still a plain 404.
    const missing = await get('/widgets/missing.js', { 'Accept-Encoding': 'gzip, br' });
    expect(missing.status).toBe(404);
    expect(missing.headers['content-encoding']).toBeUndefined();
  });

  it('compresses a file again when a build changes it under the running server', async () => {
    const dir = path.join(DIST_DIR, 'assets');
    mkdirSync(dir, { recursive: true });
    const name = `compression-test-${randomBytes(4).toString('hex')}.js`;
    const file = path.join(dir, name);
    try {
      const first = `export const first = ${JSON.stringify('a'.repeat(4000))};\n`;
      writeFileSync(file, first);
      for (const accept of ['br', 'gzip']) {
        expect(decode(await get(`/assets/${name}`, { 'Accept-Encoding': accept })).toString()).toBe(first);
      }
      const second = `export const second = ${JSON.stringify('b'.repeat(5000))};\n`;
      writeFileSync(file, second);
      for (const accept of ['br', 'gzip']) {
        const answer = await get(`/assets/${name}`, { 'Accept-Encoding': accept });
        expect(answer.headers['content-encoding']).toBe(accept);
        expect(decode(answer).toString()).toBe(second);
      }
    } finally {
      rmSync(file, { force: true });
    }
  });
});

describe('preferredEncoding', () => {
  it('picks brotli, then gzip, by the weights the client gives', () => {
    expect(preferredEncoding(undefined)).toBeNull();
    expect(preferredEncoding('')).toBeNull();
    expect(preferredEncoding('gzip, deflate, br')).toBe('br');
    expect(preferredEncoding('gzip;q=1.0, br;q=0.5')).toBe('gzip');
    expect(preferredEncoding('GZIP')).toBe('gzip');
    expect(preferredEncoding('x-gzip')).toBe('gzip');
    expect(preferredEncoding('br;q=0, gzip;q=0')).toBeNull();
    expect(preferredEncoding('*')).toBe('br');
    expect(preferredEncoding('*;q=0, gzip')).toBe('gzip');
    expect(preferredEncoding('identity')).toBeNull();
    expect(preferredEncoding('br;q=nonsense, gzip')).toBe('gzip');
    expect(preferredEncoding(['gzip', 'br'])).toBe('br');
  });
});
